#include "core/policy/detectors/DetectorSetPrivate.h"

#include "core/policy/detectors/PrefixPattern.h"
#include "core/policy/detectors/Utf8Text.h"

#include <algorithm>

namespace custos {

namespace {

constexpr int64_t kRegexMemory = 64 << 20;
constexpr int64_t kSetMemory = 256 << 20;
constexpr double kContextBoost = 0.15;
constexpr int kMaxGroups = 8;
constexpr double kInternationalPhoneBonus = 0.2;

// Repeats in the prefilter sets count up to this many and then become open-ended.
constexpr int kSetRepeatCap = 12;
constexpr int kExactRepeatsUpTo = 0;       // in the sets: every counter relaxed
constexpr int kHoldRepeatsUpTo = 4;        // in the prefix closure,
constexpr int kHoldSpacedRepeatsUpTo = 24; // and there, repeats that can match a space

RE2::Options regexOptions(int64_t memory)
{
    RE2::Options options;
    options.set_encoding(RE2::Options::EncodingUTF8);
    options.set_log_errors(false);
    options.set_max_mem(memory);
    return options;
}

std::string toStd(const QString &s)
{
    return s.toUtf8().toStdString();
}

std::string lowerAscii(std::string_view text)
{
    std::string out(text);
    for (char &c : out)
        if (c >= 'A' && c <= 'Z')
            c = char(c | 0x20);
    return out;
}

// A keyword list as one RE2 pattern: literal alternatives, with word boundaries where the
// keyword begins or ends with a word character.
std::string keywordPattern(const DetectorSpec &spec)
{
    std::string pattern = spec.caseSensitive ? "(?:" : "(?i:";
    for (qsizetype i = 0; i < spec.keywords.size(); ++i) {
        const std::string keyword = toStd(spec.keywords.at(i));
        if (i > 0)
            pattern += '|';
        const bool wordStart = !keyword.empty() && Utf8Text::isAsciiWordChar(keyword.front());
        const bool wordEnd = !keyword.empty() && Utf8Text::isAsciiWordChar(keyword.back());
        pattern += (wordStart ? "\\b" : "") + RE2::QuoteMeta(keyword) + (wordEnd ? "\\b" : "");
    }
    return pattern + ")";
}

// Matches any context word at a word start: the prefilter for a context-required spec.
std::string contextWordsPattern(const DetectorSpec &spec)
{
    std::string pattern = "(?i)(?:^|[^A-Za-z0-9_])(?:";
    for (qsizetype i = 0; i < spec.contextWords.size(); ++i)
        pattern += (i > 0 ? "|" : "") + RE2::QuoteMeta(toStd(spec.contextWords.at(i).toLower()));
    return pattern + ")";
}

Result<void> checkShape(const DetectorSpec &spec, const QHash<QString, int> &seen)
{
    const QString who = QStringLiteral("detector '%1'").arg(spec.id);
    if (spec.id.isEmpty())
        return fail(QStringLiteral("a detector has an empty id"));
    if (seen.contains(spec.id))
        return fail(QStringLiteral("duplicate detector id '%1'").arg(spec.id));
    if (spec.kind == DetectorSpec::Pattern && spec.pattern.isEmpty())
        return fail(who + QStringLiteral(": empty pattern"));
    if (spec.kind == DetectorSpec::Keywords) {
        if (spec.keywords.isEmpty())
            return fail(who + QStringLiteral(": empty keyword list"));
        for (const QString &keyword : spec.keywords)
            if (keyword.trimmed().isEmpty())
                return fail(who + QStringLiteral(": empty keyword"));
    }
    if (!spec.validator.isEmpty() && !Validators::find(spec.validator))
        return fail(who + QStringLiteral(": unknown validator '%1' (known: %2)")
                              .arg(spec.validator, Validators::ids().join(QStringLiteral(", "))));
    if (spec.contextRequired && spec.contextWords.isEmpty())
        return fail(who + QStringLiteral(": context is required but no context words are given"));
    if (spec.maxMatchLength <= 0 || spec.contextWindow < 0)
        return fail(who + QStringLiteral(": maxMatchLength must be positive and contextWindow not negative"));
    if (spec.confidence < 0.0 || spec.confidence > 1.0)
        return fail(who + QStringLiteral(": confidence must be between 0 and 1"));
    return {};
}

Result<void> checkRegions(const DetectorSpec &spec)
{
    for (const QString &region : spec.regions)
        if (!PhoneNumberCheck::isSupportedRegion(region))
            return fail(QStringLiteral("detector '%1': unknown phone region '%2' (an ISO 3166-1 alpha-2 code "
                                       "libphonenumber knows, such as US, GB, DE)")
                            .arg(spec.id, region));
    return {};
}

bool isBareDigits(std::string_view value)
{
    return !value.empty() && std::ranges::all_of(value, [](char c) { return c >= '0' && c <= '9'; });
}

} // namespace

Result<std::unique_ptr<DetectorSetPrivate>> DetectorSetPrivate::compile(std::vector<DetectorSpec> specs)
{
    auto d = std::make_unique<DetectorSetPrivate>();
    d->m_set = std::make_unique<RE2::Set>(regexOptions(kSetMemory), RE2::UNANCHORED);
    d->m_valueSet = std::make_unique<RE2::Set>(regexOptions(kSetMemory), RE2::UNANCHORED);
    std::string openMatch;
    for (std::size_t i = 0; i < specs.size(); ++i) {
        const DetectorSpec &spec = specs[i];
        if (auto shape = checkShape(spec, d->indexById); !shape)
            return std::unexpected(shape.error());
        const std::string pattern =
            spec.kind == DetectorSpec::Keywords ? keywordPattern(spec) : toStd(spec.pattern);
        Compiled c;
        c.regex = std::make_unique<RE2>(pattern, regexOptions(kRegexMemory));
        if (!c.regex->ok())
            return fail(QStringLiteral("detector '%1': invalid RE2 pattern: %2")
                            .arg(spec.id, QString::fromStdString(c.regex->error())));
        std::string setError;
        const std::string relaxed = relaxedRepeats(pattern, kSetRepeatCap, kExactRepeatsUpTo);
        const std::string prefilterPattern = spec.contextRequired ? contextWordsPattern(spec) : relaxed;
        if (d->m_set->Add(prefilterPattern, &setError) < 0)
            return fail(QStringLiteral("detector '%1': invalid RE2 pattern: %2")
                            .arg(spec.id, QString::fromStdString(setError)));
        d->m_valueSet->Add(relaxed, nullptr);
        if (spec.contextRequired) {
            d->m_contextTailBytes =
                std::max(d->m_contextTailBytes, std::size_t(spec.maxMatchLength + spec.contextWindow) * 4);
        }
        const auto &groups = c.regex->NamedCapturingGroups();
        if (const auto it = groups.find("value"); it != groups.end())
            c.valueGroup = it->second;
        if (c.valueGroup >= kMaxGroups)
            return fail(QStringLiteral("detector '%1': the value group must be one of the first %2 groups")
                            .arg(spec.id)
                            .arg(kMaxGroups - 1));
        c.validator = spec.validator.isEmpty() ? nullptr : Validators::find(spec.validator);
        if (spec.validator == QLatin1String(Validators::kPhoneNumber)) {
            if (auto regions = checkRegions(spec); !regions)
                return std::unexpected(regions.error());
            c.phone = std::make_shared<const PhoneNumberCheck>(spec.regions);
            c.validator = nullptr;
        }
        c.checksumGrades = spec.validator == QLatin1String("github_checksum");
        for (const QString &word : spec.contextWords)
            c.contextWords.push_back(lowerAscii(toStd(word.toLower())));
        // Short spaced repeats stay exact here: they bound how far back an open match can start in
        // a run of numbers. Token counters
        // ({32}, {40,120}) are relaxed: with them exact, the reverse DFA over all closures tracks
        // every combination of counts in flight, runs out of memory and falls back to the NFA
        // (hundreds of thousands of instructions per streamed chunk).
        const std::string prefix =
            prefixClosurePattern(relaxedTokenRepeats(pattern, kHoldRepeatsUpTo, kHoldSpacedRepeatsUpTo));
        if (prefix.empty())
            d->m_openMatchUnknown = true;
        else
            openMatch += (openMatch.empty() ? "" : "|") + std::string("(?:") + prefix + ")";
        const int holdBack = spec.maxMatchLength + (spec.contextWords.isEmpty() ? 0 : spec.contextWindow);
        d->maxHoldBack = std::max(d->maxHoldBack, holdBack);
        d->indexById.insert(spec.id, int(i));
        d->compiled.push_back(std::move(c));
    }
    if (!specs.empty() && !d->m_set->Compile())
        return fail(QStringLiteral("the detector set is too large to compile"));
    if (!specs.empty() && !d->m_valueSet->Compile())
        return fail(QStringLiteral("the detector set is too large to compile"));
    d->m_openMatch = std::make_unique<RE2>("(?:" + openMatch + ")\\z", regexOptions(kSetMemory));
    if (!d->m_openMatch->ok())
        d->m_openMatchUnknown = true;
    d->specs = std::move(specs);
    return d;
}

bool DetectorSetPrivate::prefilter(std::string_view utf8, std::vector<int> *matched) const
{
    if (specs.empty())
        return false;
    return m_set->Match(absl::string_view(utf8.data(), utf8.size()), matched);
}

std::vector<int> DetectorSetPrivate::openContextCandidates(std::string_view utf8) const
{
    if (m_contextTailBytes == 0)
        return {};
    const std::size_t from =
        Utf8Text::alignForward(utf8, utf8.size() > m_contextTailBytes ? utf8.size() - m_contextTailBytes : 0);
    const std::string_view tail = utf8.substr(from);
    std::vector<int> hit;
    if (!m_valueSet->Match(absl::string_view(tail.data(), tail.size()), &hit))
        return {};
    std::erase_if(hit, [this](int index) { return !specs[std::size_t(index)].contextRequired; });
    return hit;
}

bool DetectorSetPrivate::mayMatch(std::string_view utf8) const
{
    return !specs.empty() && m_valueSet->Match(absl::string_view(utf8.data(), utf8.size()), nullptr);
}

std::size_t DetectorSetPrivate::forEachCandidate(std::string_view utf8, int index, std::size_t reportFrom,
                                                 bool moreToCome, const Accept &accept) const
{
    const Compiled &c = compiled[std::size_t(index)];
    const DetectorSpec &spec = specs[std::size_t(index)];
    std::size_t undecided = std::string_view::npos;
    const int groups = c.valueGroup + 1;
    absl::string_view found[kMaxGroups];
    const absl::string_view text(utf8.data(), utf8.size());
    std::size_t pos = 0;
    while (pos <= utf8.size()) {
        if (!c.regex->Match(text, pos, utf8.size(), RE2::UNANCHORED, found, groups))
            break;
        const absl::string_view whole = found[0];
        const std::size_t matchEnd = std::size_t(whole.data() - utf8.data()) + whole.size();
        pos = whole.empty() ? Utf8Text::stepForward(utf8, matchEnd, 1) : matchEnd;
        if (whole.empty() && matchEnd >= utf8.size())
            pos = utf8.size() + 1;
        const absl::string_view value = found[c.valueGroup];
        if (value.data() == nullptr || value.empty())
            continue;
        DetectorSet::ByteHit hit;
        hit.start = std::size_t(value.data() - utf8.data());
        hit.end = hit.start + value.size();
        hit.specIndex = index;
        hit.confidence = spec.confidence;
        if (hit.start < reportFrom)
            continue;
        if (c.validator) {
            const std::size_t accepted = c.validator(std::string_view(value.data(), value.size()));
            if (accepted == 0)
                continue;
            hit.end = hit.start + accepted;
            // A shortened value (an IBAN cut to its country's length) leaves the rest of the match
            // for the next value: "DE89... and FR14..." are two IBANs, not one.
            if (accepted < value.size())
                pos = hit.end;
            hit.validated = !c.checksumGrades ||
                            Validators::githubTokenChecksum(std::string_view(value.data(), accepted));
        }
        if (spec.bareDigitsConfidence >= 0 && isBareDigits(utf8.substr(hit.start, hit.end - hit.start)))
            hit.confidence = spec.bareDigitsConfidence;
        bool needsContext = spec.contextRequired;
        if (c.phone) {
            const std::string_view candidate(value.data(), value.size());
            const PhoneNumberCheck::Verdict verdict = c.phone->check(candidate).verdict;
            if (verdict == PhoneNumberCheck::Verdict::Reject)
                continue;
            // An assigned range is as strong as a check digit, and with +CC stronger still; a
            // number only written like a phone number stands alone but is not validated; the
            // rest counts only next to a word such as "phone" or "call".
            hit.validated = verdict == PhoneNumberCheck::Verdict::Valid;
            if (hit.validated && (candidate.starts_with('+') || candidate.starts_with("00")))
                hit.confidence = std::min(1.0, hit.confidence + kInternationalPhoneBonus);
            needsContext = needsContext || verdict == PhoneNumberCheck::Verdict::NeedsContext;
        }
        if (!c.contextWords.empty()) {
            const Context context = findContext(utf8, hit.start, hit.end, index, moreToCome);
            if (context == Context::Undecided) {
                undecided = std::min(undecided, hit.start);
                continue;
            }
            if (context == Context::Missing && needsContext)
                continue;
            if (context == Context::Found)
                hit.confidence = std::min(1.0, hit.confidence + kContextBoost);
        }
        if (!accept(hit))
            break;
    }
    return undecided;
}

DetectorSetPrivate::Context DetectorSetPrivate::findContext(std::string_view utf8, std::size_t start,
                                                            std::size_t end, int index, bool moreToCome) const
{
    const DetectorSpec &spec = specs[std::size_t(index)];
    const std::size_t from = Utf8Text::stepBack(utf8, start, spec.contextWindow);
    const std::size_t to = Utf8Text::stepForward(utf8, end, spec.contextWindow);
    const std::string window = lowerAscii(utf8.substr(from, to - from));
    for (const std::string &word : compiled[std::size_t(index)].contextWords) {
        for (std::size_t at = window.find(word); at != std::string::npos; at = window.find(word, at + 1)) {
            const bool wordStart = from + at == 0 || !Utf8Text::isAsciiWordChar(utf8[from + at - 1]);
            if (wordStart)
                return Context::Found;
        }
    }
    const bool windowComplete =
        !moreToCome || Utf8Text::countCodePoints(utf8.substr(end, to - end)) >= spec.contextWindow;
    return windowComplete ? Context::Missing : Context::Undecided;
}

std::size_t DetectorSetPrivate::openMatchStart(std::string_view utf8, std::size_t maxBytes) const
{
    const std::size_t floor =
        Utf8Text::alignForward(utf8, utf8.size() > maxBytes ? utf8.size() - maxBytes : 0);
    if (m_openMatchUnknown)
        return floor;
    const std::string_view tail = utf8.substr(floor);
    absl::string_view match;
    if (!m_openMatch->Match(absl::string_view(tail.data(), tail.size()), 0, tail.size(), RE2::UNANCHORED,
                            &match, 1))
        return utf8.size();
    return floor + std::size_t(match.data() - tail.data());
}

} // namespace custos
