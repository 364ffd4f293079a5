#pragma once

#include "core/common/Error.h"
#include "core/policy/detectors/DetectorSet.h"
#include "core/policy/detectors/PhoneNumberCheck.h"
#include "core/policy/detectors/Validators.h"

#include <QHash>

#include <re2/re2.h>
#include <re2/set.h>

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace custos {

// The compiled state behind DetectorSet: immutable after compile(), so shared by all threads.
class DetectorSetPrivate
{
public:
    struct Compiled
    {
        std::unique_ptr<RE2> regex;
        int valueGroup = 0; // capture group of the span; 0 = whole match
        ValidatorFn validator = nullptr;
        std::vector<std::string> contextWords;         // lower-case UTF-8
        std::shared_ptr<const PhoneNumberCheck> phone; // the phone_number validator, with its regions
        bool checksumGrades = false; // a checksum match marks the hit validated; no match keeps it
    };

    static Result<std::unique_ptr<DetectorSetPrivate>> compile(std::vector<DetectorSpec> specs);

    // One RE2::Set pass; fills the indices of the specs that may hit: the pattern occurs, or for a
    // context-required spec, one of its context words occurs (its value pattern is usually broad,
    // such as any 6-9 character token for a passport, so the words are the selective part).
    bool prefilter(std::string_view utf8, std::vector<int> *matched) const;

    // For a stream: the context-required specs whose value pattern occurs in the tail of utf8
    // where a context word may still follow; they must be run to report undecided matches.
    std::vector<int> openContextCandidates(std::string_view utf8) const;

    // Could any spec have a match inside utf8, ignoring context words? One RE2::Set pass over the
    // value patterns; false means no hit can start in utf8.
    bool mayMatch(std::string_view utf8) const;

    // Runs spec `index` over utf8 and calls accept(hit) for every match that passes validation and
    // context and starts at or after reportFrom, until accept returns false. Returns the earliest
    // start of a match left undecided for lack of right context (moreToCome only), or npos.
    using Accept = std::function<bool(const DetectorSet::ByteHit &)>;
    std::size_t forEachCandidate(std::string_view utf8, int index, std::size_t reportFrom, bool moreToCome,
                                 const Accept &accept) const;

    std::size_t openMatchStart(std::string_view utf8, std::size_t maxBytes) const;

    std::vector<DetectorSpec> specs;
    std::vector<Compiled> compiled;
    QHash<QString, int> indexById;
    int maxHoldBack = 0;

private:
    enum class Context { Found, Missing, Undecided };
    Context findContext(std::string_view utf8, std::size_t start, std::size_t end, int index,
                        bool moreToCome) const;

    std::unique_ptr<RE2::Set> m_set;
    std::unique_ptr<RE2::Set> m_valueSet; // every spec's own pattern, index = spec index
    std::size_t m_contextTailBytes = 0;
    std::unique_ptr<RE2> m_openMatch; // prefix closures of all patterns, anchored at the end
    bool m_openMatchUnknown = false;  // some pattern's prefix closure could not be built
};

} // namespace custos
