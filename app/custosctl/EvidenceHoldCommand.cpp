// `custosctl evidence hold place | release | list`.
#include "CommandLine.h"
#include "StoreCommand.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace custos::ctl::evidence {
namespace {

QJsonObject holdJson(const LegalHold &hold)
{
    QJsonObject json{{u"id"_s, hold.id},       {u"scope"_s, holdScopeName(hold.scope)},
                     {u"value"_s, hold.value}, {u"reason"_s, hold.reason},
                     {u"actor"_s, hold.actor}, {u"created"_s, hold.created.toString(Qt::ISODateWithMs)}};
    if (!hold.active()) {
        json.insert(u"released"_s, hold.released.toString(Qt::ISODateWithMs));
        json.insert(u"releasedBy"_s, hold.releasedBy);
    }
    return json;
}

class EvidenceHoldCommand : public StoreCommand
{
public:
    EvidenceHoldCommand()
        : StoreCommand(u"evidence hold"_s,
                       u"Legal holds stop purges and erasure.\n  hold place (--service S | "
                       u"--user U | --case C) --reason TEXT\n"
                       "  hold release ID\n  hold list [--all]"_s)
    {
        addOptions({m_service, m_user, m_case, m_reason, m_all});
        addPositionalArgument(u"action"_s, u"place, release or list"_s);
        addStoreOptions();
    }

protected:
    int execute(const QCommandLineParser &parser) override
    {
        const QString action = parser.positionalArguments().value(0, u"list"_s);
        if (action != u"place" && action != u"release" && action != u"list")
            return complain(u"unknown action '%1' (place, release or list)"_s.arg(action), ExitUsage);
        auto store = openStore(parser, action == u"list");
        if (!store)
            return complain(store.error().toString(), ExitIoError);
        if (action == u"list")
            return list(parser, **store);
        if (action == u"release")
            return release(parser, **store);
        return place(parser, **store);
    }

private:
    int list(const QCommandLineParser &parser, EvidenceStore &store) const
    {
        auto holds = store.holds(parser.isSet(m_all));
        if (!holds)
            return complain(holds.error().toString(), ExitIoError);
        if (wantsJson(parser)) {
            QJsonArray list;
            for (const LegalHold &hold : std::as_const(*holds))
                list.append(holdJson(hold));
            out() << QJsonDocument(list).toJson(QJsonDocument::Compact) << Qt::endl;
            return ExitOk;
        }
        for (const LegalHold &hold : std::as_const(*holds)) {
            out() << hold.id << "  " << holdScopeName(hold.scope) << '=' << hold.value << "  by "
                  << hold.actor << "  " << hold.created.toString(Qt::ISODate) << "  " << hold.reason
                  << (hold.active() ? QString() : u"  [released by "_s + hold.releasedBy + u']') << '\n';
        }
        out() << Qt::flush;
        return ExitOk;
    }

    int release(const QCommandLineParser &parser, EvidenceStore &store) const
    {
        bool ok = false;
        const qint64 id = parser.positionalArguments().value(1).toLongLong(&ok);
        if (!ok)
            return complain(u"hold release needs the hold's id"_s, ExitUsage);
        if (auto released = store.releaseHold(id, actor(parser)); !released)
            return complain(released.error().toString(), ExitFailure);
        out() << "Released legal hold " << id << Qt::endl;
        return ExitOk;
    }

    int place(const QCommandLineParser &parser, EvidenceStore &store) const
    {
        const int scopes =
            int(parser.isSet(m_service)) + int(parser.isSet(m_user)) + int(parser.isSet(m_case));
        if (scopes != 1 || parser.value(m_reason).isEmpty())
            return complain(u"hold place needs exactly one of --service, --user, --case, and --reason"_s,
                            ExitUsage);
        const HoldScope scope = parser.isSet(m_service) ? HoldScope::Service
                                : parser.isSet(m_user)  ? HoldScope::User
                                                        : HoldScope::Case;
        const QString value = parser.isSet(m_service) ? parser.value(m_service)
                              : parser.isSet(m_user)  ? parser.value(m_user)
                                                      : parser.value(m_case);
        auto id = store.placeHold(scope, value, parser.value(m_reason), actor(parser));
        if (!id)
            return complain(id.error().toString(), ExitIoError);
        if (wantsJson(parser))
            out() << QJsonDocument(QJsonObject{{u"id"_s, *id}}).toJson(QJsonDocument::Compact) << Qt::endl;
        else
            out() << "Placed legal hold " << *id << " on " << holdScopeName(scope) << ' ' << value
                  << Qt::endl;
        return ExitOk;
    }

    const QCommandLineOption m_service{u"service"_s, u"Hold a service's events."_s, u"NAME"_s};
    const QCommandLineOption m_user{u"user"_s, u"Hold a user's events."_s, u"ID"_s};
    const QCommandLineOption m_case{u"case"_s, u"Hold a case's events."_s, u"ID"_s};
    const QCommandLineOption m_reason{u"reason"_s, u"Why (required to place a hold)."_s, u"TEXT"_s};
    const QCommandLineOption m_all{u"all"_s, u"List released holds too."_s};
};

} // namespace

std::unique_ptr<Command> makeEvidenceHoldCommand()
{
    return std::make_unique<EvidenceHoldCommand>();
}

} // namespace custos::ctl::evidence
