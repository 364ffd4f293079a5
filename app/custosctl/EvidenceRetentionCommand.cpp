// `custosctl evidence hold | purge | erase`.
#include "CommandLine.h"
#include "EvidenceCommand.h"

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

// "NAME=DAYS" pairs of --service-days and --class-days.
Result<QMap<QString, int>> daysByName(const QStringList &pairs, const QString &option)
{
    QMap<QString, int> days;
    for (const QString &pair : pairs) {
        const qsizetype equals = pair.indexOf(u'=');
        bool ok = false;
        const int value = equals > 0 ? pair.mid(equals + 1).toInt(&ok) : 0;
        if (!ok || value < 0)
            return fail(u"--%1 expects NAME=DAYS, got '%2'"_s.arg(option, pair));
        days.insert(pair.left(equals), value);
    }
    return days;
}

QString retentionSummary(const RetentionReport &result)
{
    QString text = u"%1 payloads tombstoned"_s.arg(result.tombstoned);
    if (result.keptByHold > 0)
        text += u", %1 kept because of legal holds"_s.arg(result.keptByHold);
    return text + u" (recorded as event %1)"_s.arg(result.retentionEventSeq);
}

int printRetention(const QCommandLineParser &parser, const StoreOptions &options,
                   const RetentionReport &result)
{
    if (parser.isSet(options.json)) {
        out() << QJsonDocument(QJsonObject{{u"tombstoned"_s, result.tombstoned},
                                           {u"keptByHold"_s, result.keptByHold},
                                           {u"eventSeq"_s, result.retentionEventSeq}})
                     .toJson(QJsonDocument::Compact)
              << Qt::endl;
    } else {
        out() << retentionSummary(result) << Qt::endl;
    }
    return ExitOk;
}

int listHolds(const QCommandLineParser &parser, const StoreOptions &options, EvidenceStore &store, bool all)
{
    auto holds = store.holds(all);
    if (!holds)
        return report(u"hold"_s, holds.error(), ExitIoError);
    if (parser.isSet(options.json)) {
        QJsonArray list;
        for (const LegalHold &hold : std::as_const(*holds))
            list.append(holdJson(hold));
        out() << QJsonDocument(list).toJson(QJsonDocument::Compact) << Qt::endl;
        return ExitOk;
    }
    for (const LegalHold &hold : std::as_const(*holds)) {
        out() << hold.id << "  " << holdScopeName(hold.scope) << '=' << hold.value << "  by " << hold.actor
              << "  " << hold.created.toString(Qt::ISODate) << "  " << hold.reason
              << (hold.active() ? QString() : u"  [released by "_s + hold.releasedBy + u']') << '\n';
    }
    out() << Qt::flush;
    return ExitOk;
}

} // namespace

int runHold(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Legal holds stop purges and erasure.\n  hold place (--service S | "
                                     u"--user U | --case C) --reason TEXT\n"
                                     "  hold release ID\n  hold list [--all]"_s);
    const StoreOptions options;
    const QCommandLineOption service(u"service"_s, u"Hold a service's events."_s, u"NAME"_s);
    const QCommandLineOption user(u"user"_s, u"Hold a user's events."_s, u"ID"_s);
    const QCommandLineOption caseId(u"case"_s, u"Hold a case's events."_s, u"ID"_s);
    const QCommandLineOption reason(u"reason"_s, u"Why (required to place a hold)."_s, u"TEXT"_s);
    const QCommandLineOption all(u"all"_s, u"List released holds too."_s);
    parser.addOptions({service, user, caseId, reason, all});
    parser.addPositionalArgument(u"action"_s, u"place, release or list"_s);
    if (const int code = parse(parser, options, u"hold"_s, arguments); code >= 0)
        return code;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0, u"list"_s);
    if (action != u"place" && action != u"release" && action != u"list")
        return report(u"hold"_s, usageError(u"unknown action '%1' (place, release or list)"_s.arg(action)),
                      ExitUsage);
    auto store = openFrom(parser, options, action == u"list");
    if (!store)
        return report(u"hold"_s, store.error(), ExitIoError);
    if (action == u"list")
        return listHolds(parser, options, **store, parser.isSet(all));
    const QString actor = actorFrom(parser, options);
    if (action == u"release") {
        bool ok = false;
        const qint64 id = positional.value(1).toLongLong(&ok);
        if (!ok)
            return report(u"hold"_s, usageError(u"hold release needs the hold's id"_s), ExitUsage);
        if (auto released = (*store)->releaseHold(id, actor); !released)
            return report(u"hold"_s, released.error(), ExitFailure);
        out() << "Released legal hold " << id << Qt::endl;
        return ExitOk;
    }
    const int scopes = int(parser.isSet(service)) + int(parser.isSet(user)) + int(parser.isSet(caseId));
    if (scopes != 1 || parser.value(reason).isEmpty())
        return report(
            u"hold"_s,
            usageError(u"hold place needs exactly one of --service, --user, --case, and --reason"_s),
            ExitUsage);
    const HoldScope scope = parser.isSet(service) ? HoldScope::Service
                            : parser.isSet(user)  ? HoldScope::User
                                                  : HoldScope::Case;
    const QString value = parser.isSet(service) ? parser.value(service)
                          : parser.isSet(user)  ? parser.value(user)
                                                : parser.value(caseId);
    auto id = (*store)->placeHold(scope, value, parser.value(reason), actor);
    if (!id)
        return report(u"hold"_s, id.error(), ExitIoError);
    if (parser.isSet(options.json))
        out() << QJsonDocument(QJsonObject{{u"id"_s, *id}}).toJson(QJsonDocument::Compact) << Qt::endl;
    else
        out() << "Placed legal hold " << *id << " on " << holdScopeName(scope) << ' ' << value << Qt::endl;
    return ExitOk;
}

int runPurge(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Replace payloads older than their retention period with tombstones (digests stay, so the"
        " chain still verifies). Events under a legal hold are kept."_s);
    const StoreOptions options;
    const QCommandLineOption defaultDays(u"default-days"_s, u"Retention of every service (0: forever)."_s,
                                         u"DAYS"_s, u"0"_s);
    const QCommandLineOption serviceDays(u"service-days"_s, u"Retention of one service."_s, u"NAME=DAYS"_s);
    const QCommandLineOption classDays(u"class-days"_s, u"Shorter retention of a data class."_s,
                                       u"NAME=DAYS"_s);
    const QCommandLineOption now(u"now"_s, u"Purge as of this time (ISO 8601; default: now)."_s, u"TIME"_s);
    parser.addOptions({defaultDays, serviceDays, classDays, now});
    if (const int code = parse(parser, options, u"purge"_s, arguments); code >= 0)
        return code;
    RetentionRules rules;
    bool ok = false;
    rules.defaultDays = parser.value(defaultDays).toInt(&ok);
    if (!ok || rules.defaultDays < 0)
        return report(u"purge"_s, usageError(u"--default-days expects a number of days"_s), ExitUsage);
    auto services = daysByName(parser.values(serviceDays), u"service-days"_s);
    auto classes = daysByName(parser.values(classDays), u"class-days"_s);
    if (!services || !classes)
        return report(u"purge"_s, services ? classes.error() : services.error(), ExitUsage);
    rules.serviceDays = *services;
    rules.dataClassDays = *classes;
    QDateTime asOf = QDateTime::currentDateTimeUtc();
    if (parser.isSet(now)) {
        asOf = QDateTime::fromString(parser.value(now), Qt::ISODateWithMs);
        if (!asOf.isValid())
            return report(u"purge"_s, usageError(u"--now expects an ISO 8601 time"_s), ExitUsage);
    }
    auto store = openFrom(parser, options, false);
    if (!store)
        return report(u"purge"_s, store.error(), ExitIoError);
    auto result = (*store)->purge(rules, asOf, actorFrom(parser, options));
    if (!result)
        return report(u"purge"_s, result.error(), ExitIoError);
    return printRetention(parser, options, *result);
}

int runErase(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Tombstone a data subject's content: every payload of --user, or of the events matching --text."
        " Events under a legal hold are kept, and the command says so."_s);
    const StoreOptions options;
    const QCommandLineOption user(u"user"_s, u"The data subject's user id."_s, u"ID"_s);
    const QCommandLineOption text(u"text"_s, u"Erase the events whose prompts or responses match."_s,
                                  u"WORDS"_s);
    const QCommandLineOption reason(u"reason"_s, u"Why (e.g. the request's reference)."_s, u"TEXT"_s);
    parser.addOptions({user, text, reason});
    if (const int code = parse(parser, options, u"erase"_s, arguments); code >= 0)
        return code;
    if ((!parser.isSet(user) && !parser.isSet(text)) || parser.value(reason).isEmpty())
        return report(u"erase"_s, usageError(u"erase needs --user or --text, and --reason"_s), ExitUsage);
    auto store = openFrom(parser, options, false);
    if (!store)
        return report(u"erase"_s, store.error(), ExitIoError);
    EvidenceQuery query;
    query.user = parser.value(user);
    query.text = parser.value(text);
    auto result = (*store)->eraseMatching(query, actorFrom(parser, options), parser.value(reason));
    if (!result)
        return report(u"erase"_s, result.error(), ExitIoError);
    return printRetention(parser, options, *result);
}

} // namespace custos::ctl::evidence
