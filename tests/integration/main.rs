//! Integration tests: one binary, one module per concern.

mod fixtures;
mod messages;
mod roundtrip;
mod sources;
