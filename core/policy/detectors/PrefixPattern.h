#pragma once

#include <string>
#include <string_view>

namespace custos {

// Rewrites an RE2 pattern P into a pattern for its prefix closure: every string that is the
// beginning of some match of P (including the empty string). StreamScanner anchors the result
// at the end of the unreleased text to find where a match may still be in progress.
//
// The rewrite works on the syntax tree: prefix(atom) = atom?, prefix(e1 e2 ... ek) =
// prefix(e1) | e1 (prefix(e2) | e2 (...)), prefix(a|b) = prefix(a) | prefix(b),
// prefix(e{n,m}) = e{0,m-1} prefix(e). Zero-width assertions are dropped, which only widens the
// language (holds back more, never less). Capturing groups become non-capturing.
// Returns an empty string when the pattern cannot be parsed (the caller then holds back the
// full window for it).
std::string prefixClosurePattern(std::string_view pattern);

// A superset of the pattern without large counters: every repeat {n}, {n,} or {n,m} outside a
// character class whose upper bound exceeds keepUpTo (or is open) becomes {min(n, cap),} (cap 0:
// *); small bounded repeats stay as written. A DFA over hundreds of patterns with counters such as
// {86} or {250,} has a state for every combination of counts in flight and thrashes its cache;
// the relaxed copies keep the prefilter sets and the prefix closure small, and the exact pattern
// still decides every candidate.
std::string relaxedRepeats(std::string_view pattern, int cap, int keepUpTo);

// For the prefix closure: like relaxedRepeats(pattern, 0, keepUpTo), but a repeat of at most
// keepSpacedUpTo of an atom that can match a space (a phone number's [\d .-]{5,24}) stays exact.
// Relaxing a token's counter only lets one unbroken word look open longer (prose breaks it at the
// next space, and the window caps it); relaxing a short spaced repeat would make a run of
// numbers in prose look like one long match in progress and hold it back to the window. Longer
// spaced repeats are the gaps after a keyword ([^\n]{0,200}); relaxed, they hold a line back
// only after the keyword.
std::string relaxedTokenRepeats(std::string_view pattern, int keepUpTo, int keepSpacedUpTo);

} // namespace custos
