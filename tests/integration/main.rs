//! Integration tests: one binary, one module per concern.

mod estimate;
mod fixtures;
mod messages;
mod roundtrip;
mod sources;
