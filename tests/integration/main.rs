//! Integration tests: one binary, one module per concern.

mod assessment;
mod cids;
mod compare;
mod escaping;
mod estimate;
mod fixtures;
mod hostile;
mod layout;
mod messages;
mod money;
mod monitor;
mod movement;
mod report;
mod roundtrip;
mod rules;
mod schema;
mod sources;
