// `custosctl evidence query | tail`.
#include "CommandLine.h"
#include "EvidenceCommand.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>

using namespace Qt::StringLiterals;

namespace custos::ctl::evidence {
namespace {

struct FilterOptions
{
    QCommandLineOption from{u"from"_s, u"Events at or after this time (ISO 8601)."_s, u"TIME"_s};
    QCommandLineOption to{u"to"_s, u"Events before this time (ISO 8601)."_s, u"TIME"_s};
    QCommandLineOption service{u"service"_s, u"Only this service."_s, u"NAME"_s};
    QCommandLineOption user{u"user"_s, u"Only this user."_s, u"ID"_s};
    QCommandLineOption decision{u"decision"_s, u"Only this decision (allow, block, redact, ...)."_s,
                                u"NAME"_s};
    QCommandLineOption rule{u"rule"_s, u"Only events where this rule fired."_s, u"ID"_s};
    QCommandLineOption dataClass{u"class"_s, u"Only events where this detector class fired."_s, u"NAME"_s};
    QCommandLineOption exception{u"exception"_s, u"Only this exception id."_s, u"ID"_s};
    QCommandLineOption kind{u"kind"_s, u"Only this kind (interaction, approval, ...)."_s, u"KIND"_s};
    QCommandLineOption text{u"text"_s, u"Free text over prompts and responses."_s, u"WORDS"_s};
    QCommandLineOption limit{u"limit"_s, u"Events per page (default 50)."_s, u"N"_s, u"50"_s};
    QCommandLineOption after{u"after"_s, u"Continue after this cursor (the previous page's next)."_s,
                             u"SEQ"_s};
    QCommandLineOption oldestFirst{u"oldest-first"_s, u"Oldest events first."_s};

    void addTo(QCommandLineParser &parser) const
    {
        parser.addOptions({from, to, service, user, decision, rule, dataClass, exception, kind, text, limit,
                           after, oldestFirst});
    }
};

Result<QDateTime> parseTime(const QString &text)
{
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        return fail(u"'%1' is not an ISO 8601 time (e.g. 2026-05-01T12:00:00Z)"_s.arg(text));
    return time;
}

Result<EvidenceQuery> queryFrom(const QCommandLineParser &parser, const FilterOptions &filters)
{
    EvidenceQuery query;
    for (const auto &[option, target] :
         {std::pair{&filters.from, &query.from}, std::pair{&filters.to, &query.to}}) {
        if (parser.isSet(*option)) {
            auto time = parseTime(parser.value(*option));
            if (!time)
                return std::unexpected(time.error());
            *target = *time;
        }
    }
    query.service = parser.value(filters.service);
    query.user = parser.value(filters.user);
    query.decision = parser.value(filters.decision);
    query.rule = parser.value(filters.rule);
    query.dataClass = parser.value(filters.dataClass);
    query.exceptionId = parser.value(filters.exception);
    query.text = parser.value(filters.text);
    if (parser.isSet(filters.kind)) {
        query.kind = eventKindFromName(parser.value(filters.kind));
        if (!query.kind)
            return fail(u"unknown kind '%1'"_s.arg(parser.value(filters.kind)));
    }
    bool ok = false;
    query.limit = parser.value(filters.limit).toInt(&ok);
    if (!ok || query.limit < 1 || query.limit > EvidenceQuery::kMaxLimit)
        return fail(u"--limit must be between 1 and %1"_s.arg(EvidenceQuery::kMaxLimit));
    query.afterSeq = parser.isSet(filters.after) ? parser.value(filters.after).toLongLong() : 0;
    query.newestFirst = !parser.isSet(filters.oldestFirst);
    return query;
}

// One line per event; never the payload (it may hold personal data): use --json for that.
QString describe(const EvidenceEvent &event)
{
    QStringList parts{QString::number(event.seq), event.time.toString(Qt::ISODateWithMs),
                      eventKindName(event.kind)};
    const auto add = [&parts](const QString &label, const QString &value) {
        if (!value.isEmpty())
            parts.append(label + u'=' + value);
    };
    add(u"actor"_s, event.actor);
    add(u"service"_s, event.service);
    add(u"user"_s, event.user);
    add(u"decision"_s, event.decision);
    add(u"rules"_s, event.rules.join(u','));
    add(u"classes"_s, event.dataClasses.join(u','));
    add(u"exception"_s, event.exceptionId);
    add(u"policy"_s, event.policyHash.left(12));
    if (event.tombstoned)
        parts.append(u"[tombstoned]"_s);
    return parts.join(u"  "_s);
}

} // namespace

int runQuery(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"List events, newest first, one page at a time."_s);
    const StoreOptions options;
    const FilterOptions filters;
    filters.addTo(parser);
    if (const int code = parse(parser, options, u"query"_s, arguments); code >= 0)
        return code;
    auto query = queryFrom(parser, filters);
    if (!query)
        return report(u"query"_s, query.error(), ExitUsage);
    auto store = openFrom(parser, options, true);
    if (!store)
        return report(u"query"_s, store.error(), ExitIoError);
    auto page = (*store)->query(*query);
    if (!page)
        return report(u"query"_s, page.error(), ExitIoError);
    if (parser.isSet(options.json)) {
        QJsonArray events;
        for (const EvidenceEvent &event : std::as_const(page->events))
            events.append(event.toJson());
        out() << QJsonDocument(QJsonObject{{u"events"_s, events}, {u"next"_s, page->nextCursor}})
                     .toJson(QJsonDocument::Compact)
              << Qt::endl;
        return ExitOk;
    }
    for (const EvidenceEvent &event : std::as_const(page->events))
        out() << describe(event) << '\n';
    if (page->nextCursor > 0)
        out() << "-- more: --after " << page->nextCursor << '\n';
    out() << Qt::flush;
    return ExitOk;
}

int runTail(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Print the latest events; with -f, keep printing new ones."_s);
    const StoreOptions options;
    const QCommandLineOption follow({u"f"_s, u"follow"_s}, u"Follow new events."_s);
    const QCommandLineOption lines({u"n"_s, u"lines"_s}, u"How many (default 10)."_s, u"N"_s, u"10"_s);
    parser.addOptions({follow, lines});
    if (const int code = parse(parser, options, u"tail"_s, arguments); code >= 0)
        return code;
    auto store = openFrom(parser, options, true);
    if (!store)
        return report(u"tail"_s, store.error(), ExitIoError);
    const bool json = parser.isSet(options.json);
    const auto print = [json](const EvidenceEvent &event) {
        out() << (json ? QString::fromUtf8(QJsonDocument(event.toJson()).toJson(QJsonDocument::Compact))
                       : describe(event))
              << Qt::endl;
    };
    EvidenceQuery latest;
    latest.limit = std::clamp(parser.value(lines).toInt(), 1, EvidenceQuery::kMaxLimit);
    auto page = (*store)->query(latest);
    if (!page)
        return report(u"tail"_s, page.error(), ExitIoError);
    qint64 lastSeq = page->events.isEmpty() ? 0 : page->events.constFirst().seq;
    for (auto it = page->events.crbegin(); it != page->events.crend(); ++it)
        print(*it);
    while (parser.isSet(follow)) {
        QThread::msleep(250);
        EvidenceQuery newer;
        newer.newestFirst = false;
        newer.afterSeq = lastSeq;
        newer.limit = 1000;
        auto next = (*store)->query(newer);
        if (!next)
            return report(u"tail"_s, next.error(), ExitIoError);
        for (const EvidenceEvent &event : std::as_const(next->events)) {
            print(event);
            lastSeq = event.seq;
        }
    }
    return ExitOk;
}

} // namespace custos::ctl::evidence
