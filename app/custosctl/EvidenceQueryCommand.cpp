// `custosctl evidence query`.
#include "CommandLine.h"
#include "StoreCommand.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace custos::ctl::evidence {
namespace {

Result<QDateTime> queryTime(const QString &text)
{
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        return fail(u"'%1' is not an ISO 8601 time (e.g. 2026-05-01T12:00:00Z)"_s.arg(text));
    return time;
}

class EvidenceQueryCommand : public StoreCommand
{
public:
    EvidenceQueryCommand()
        : StoreCommand(u"evidence query"_s, u"List events, newest first, one page at a time."_s)
    {
        addOptions({m_from, m_to, m_service, m_user, m_decision, m_rule, m_dataClass, m_exception, m_kind,
                    m_text, m_limit, m_after, m_oldestFirst});
        addStoreOptions();
    }

protected:
    int execute(const QCommandLineParser &parser) override
    {
        auto query = queryFrom(parser);
        if (!query)
            return complain(query.error().toString(), ExitUsage);
        auto store = openStore(parser, true);
        if (!store)
            return complain(store.error().toString(), ExitIoError);
        auto page = (*store)->query(*query);
        if (!page)
            return complain(page.error().toString(), ExitIoError);
        if (wantsJson(parser)) {
            QJsonArray events;
            for (const EvidenceEvent &event : std::as_const(page->events))
                events.append(event.toJson());
            out() << QJsonDocument(QJsonObject{{u"events"_s, events}, {u"next"_s, page->nextCursor}})
                         .toJson(QJsonDocument::Compact)
                  << Qt::endl;
            return ExitOk;
        }
        for (const EvidenceEvent &event : std::as_const(page->events))
            out() << describeEvent(event) << '\n';
        if (page->nextCursor > 0)
            out() << "-- more: --after " << page->nextCursor << '\n';
        out() << Qt::flush;
        return ExitOk;
    }

private:
    Result<EvidenceQuery> queryFrom(const QCommandLineParser &parser) const
    {
        EvidenceQuery query;
        for (const auto &[option, target] : {std::pair{&m_from, &query.from}, std::pair{&m_to, &query.to}}) {
            if (parser.isSet(*option)) {
                auto time = queryTime(parser.value(*option));
                if (!time)
                    return std::unexpected(time.error());
                *target = *time;
            }
        }
        query.service = parser.value(m_service);
        query.user = parser.value(m_user);
        query.decision = parser.value(m_decision);
        query.rule = parser.value(m_rule);
        query.dataClass = parser.value(m_dataClass);
        query.exceptionId = parser.value(m_exception);
        query.text = parser.value(m_text);
        if (parser.isSet(m_kind)) {
            query.kind = eventKindFromName(parser.value(m_kind));
            if (!query.kind)
                return fail(u"unknown kind '%1'"_s.arg(parser.value(m_kind)));
        }
        bool ok = false;
        query.limit = parser.value(m_limit).toInt(&ok);
        if (!ok || query.limit < 1 || query.limit > EvidenceQuery::kMaxLimit)
            return fail(u"--limit must be between 1 and %1"_s.arg(EvidenceQuery::kMaxLimit));
        query.afterSeq = parser.isSet(m_after) ? parser.value(m_after).toLongLong() : 0;
        query.newestFirst = !parser.isSet(m_oldestFirst);
        return query;
    }

    const QCommandLineOption m_from{u"from"_s, u"Events at or after this time (ISO 8601)."_s, u"TIME"_s};
    const QCommandLineOption m_to{u"to"_s, u"Events before this time (ISO 8601)."_s, u"TIME"_s};
    const QCommandLineOption m_service{u"service"_s, u"Only this service."_s, u"NAME"_s};
    const QCommandLineOption m_user{u"user"_s, u"Only this user."_s, u"ID"_s};
    const QCommandLineOption m_decision{u"decision"_s, u"Only this decision (allow, block, redact, ...)."_s,
                                        u"NAME"_s};
    const QCommandLineOption m_rule{u"rule"_s, u"Only events where this rule fired."_s, u"ID"_s};
    const QCommandLineOption m_dataClass{u"class"_s, u"Only events where this detector class fired."_s,
                                         u"NAME"_s};
    const QCommandLineOption m_exception{u"exception"_s, u"Only this exception id."_s, u"ID"_s};
    const QCommandLineOption m_kind{u"kind"_s, u"Only this kind (interaction, approval, ...)."_s, u"KIND"_s};
    const QCommandLineOption m_text{u"text"_s, u"Free text over prompts and responses."_s, u"WORDS"_s};
    const QCommandLineOption m_limit{u"limit"_s, u"Events per page (default 50)."_s, u"N"_s, u"50"_s};
    const QCommandLineOption m_after{u"after"_s, u"Continue after this cursor (the previous page's next)."_s,
                                     u"SEQ"_s};
    const QCommandLineOption m_oldestFirst{u"oldest-first"_s, u"Oldest events first."_s};
};

} // namespace

std::unique_ptr<Command> makeEvidenceQueryCommand()
{
    return std::make_unique<EvidenceQueryCommand>();
}

} // namespace custos::ctl::evidence
