//! Coverage: per layer and level, per building block and per input kind.

use super::{BlockCoverage, ElementCoverage, InputCoverage, LayerCoverage};
use crate::model::{BuildingBlock, Id, InputKind, Layer, Level, TheoryOfValue};
use std::collections::BTreeSet;

/// Coverage per layer, and per level for outcomes and outputs.
pub(super) fn layer_coverage(elements: &[ElementCoverage]) -> Vec<LayerCoverage> {
    let mut coverage = Vec::new();
    for layer in Layer::ALL {
        let levels: &[Option<Level>] = match layer {
            Layer::Outcome | Layer::Output => {
                &[None, Some(Level::Individual), Some(Level::Collective)]
            }
            _ => &[None],
        };
        for level in levels {
            let of = elements
                .iter()
                .filter(|e| e.layer == layer && (level.is_none() || e.level == *level));
            let (covered, total) = of.fold((0u32, 0u32), |(c, t), e| {
                (c + u32::from(!e.is_gap()), t + 1)
            });
            coverage.push(LayerCoverage {
                layer,
                level: *level,
                covered,
                total,
            });
        }
    }
    coverage
}

/// The four building blocks and the local activities of each.
pub(super) fn block_coverage(local: &TheoryOfValue) -> Vec<BlockCoverage> {
    BuildingBlock::ALL
        .iter()
        .map(|b| BlockCoverage {
            block: *b,
            label: b.label().into(),
            activities: sorted_ids(
                local
                    .activities
                    .iter()
                    .filter(|a| a.kind.building_block() == Some(*b))
                    .map(|a| &a.id),
            ),
        })
        .collect()
}

/// The reference's input kinds and the local inputs of each.
pub(super) fn input_coverage(
    local: &TheoryOfValue,
    kinds: &BTreeSet<InputKind>,
) -> Vec<InputCoverage> {
    kinds
        .iter()
        .map(|k| InputCoverage {
            kind: *k,
            label: k.label().into(),
            inputs: sorted_ids(local.inputs.iter().filter(|i| i.kind == *k).map(|i| &i.id)),
        })
        .collect()
}

/// The IDs, sorted.
fn sorted_ids<'a>(ids: impl Iterator<Item = &'a Id>) -> Vec<Id> {
    let mut ids: Vec<Id> = ids.cloned().collect();
    ids.sort();
    ids
}
