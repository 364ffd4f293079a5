// `custosctl exceptions request | approve | reject | revoke | list | show | history | sweep`:
// the exception path from the command line, on the encrypted ledger.
#include "CommandLine.h"
#include "CommandRegistry.h"
#include "identity/ExceptionsCli.h"

#include "core/publishing/PolicyVersions.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace custos::ctl::identity {

namespace {

using ScopeField = QStringList ExceptionScope::*;
struct ScopeFlag
{
    const char *name;
    const char *what;
    ScopeField field;
};
constexpr ScopeFlag kScopeFlags[] = {
    {"user", "a user", &ExceptionScope::users},
    {"service", "a service", &ExceptionScope::services},
    {"model", "a model", &ExceptionScope::models},
    {"route", "a route", &ExceptionScope::routes},
    {"class", "a data class", &ExceptionScope::dataClasses},
    {"detector", "a detector", &ExceptionScope::detectors},
};

} // namespace

QList<QCommandLineOption> scopeOptions(const QString &prefix)
{
    QList<QCommandLineOption> options;
    for (const ScopeFlag &flag : kScopeFlags)
        options << QCommandLineOption(
            prefix + u'-' + QLatin1StringView(flag.name),
            u"Limit to %1 (repeat for several)."_s.arg(QLatin1StringView(flag.what)),
            QString::fromLatin1(flag.name).toUpper());
    return options;
}

int readScope(const QCommandLineParser &parser, const QString &prefix, ExceptionScope &scope)
{
    int given = 0;
    for (const ScopeFlag &flag : kScopeFlags) {
        const QString option = prefix + u'-' + QLatin1StringView(flag.name);
        if (parser.isSet(option)) {
            scope.*flag.field = parser.values(option);
            ++given;
        }
    }
    return given;
}

Result<qint64> hoursToSeconds(const QString &text)
{
    bool ok = false;
    const double hours = text.toDouble(&ok);
    if (!ok || hours <= 0 || hours > 24 * 366)
        return fail(u"--hours needs a positive number of hours, got '%1'"_s.arg(text));
    return std::max<qint64>(1, qRound64(hours * 3600));
}

Result<ExceptionSession> openExceptions(const QCommandLineParser &parser, const ExceptionOptions &options,
                                        bool policyRequired, bool readOnly)
{
    auto rules = std::make_shared<ExceptionRules>();
    auto ledger = openSession(parser, options.ledger, readOnly);
    if (!ledger)
        return std::unexpected(ledger.error());
    if (parser.isSet(options.policy)) {
        auto policy = policyFrom(parser.value(options.policy));
        if (!policy)
            return std::unexpected(policy.error());
        rules->setPolicy(*policy);
    } else {
        // The policy the gateway enforces is the store's active version; it names the approvers.
        const PolicyVersions versions(*ledger->store, nullptr);
        auto active = versions.active();
        if (!active)
            return std::unexpected(active.error());
        if (*active) {
            auto policy = versions.policy((*active)->hash);
            if (!policy)
                return std::unexpected(policy.error());
            rules->setPolicy(*policy);
        } else if (policyRequired) {
            return fail(
                u"no policy version is published in this store; publish one (custosctl policy publish) "
                "or name the enforced policy with --policy FILE"_s);
        }
    }
    auto service = std::make_unique<ExceptionService>(*ledger->store, ledger->users, rules);
    if (auto loaded = service->load(); !loaded)
        return std::unexpected(loaded.error());
    return ExceptionSession{std::move(*ledger), rules, std::move(service)};
}

// The first line of standard input, without its line end: `printf '%s\n' "$PW" | custosctl ...`.
Result<QString> passwordFromStdin()
{
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return fail(u"--password-stdin: standard input cannot be read"_s);
    QByteArray line = input.readLine(64 * 1024);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    if (line.isEmpty())
        return fail(u"--password-stdin: standard input held no password"_s);
    return QString::fromUtf8(line);
}

Result<Credentials> signInFrom(const QCommandLineParser &parser, const ExceptionOptions &options)
{
    if (!parser.isSet(options.as))
        return fail(u"--as USER is required: who acts, signing in with their password"_s);
    const QString user = parser.value(options.as);
    auto password = parser.isSet(options.passwordStdin)
                        ? passwordFromStdin()
                        : secretFrom("CUSTOS_ACTOR_PASSWORD", u"Password for %1: "_s.arg(user), false);
    if (!password)
        return std::unexpected(password.error());
    return Credentials::withPassword(user, *password);
}

void printRecord(const QCommandLineParser &parser, const ExceptionOptions &options, const QString &what,
                 const ExceptionRecord &record)
{
    if (parser.isSet(options.ledger.store.json)) {
        printJson(record.toJson());
        return;
    }
    out() << what << ' ' << record.id << " (" << exceptionStatusName(record.status) << ")\n"
          << "  requested by " << record.requester << " at " << isoTime(record.requestedAt) << " for "
          << record.requestedSeconds << " s: " << record.requestedScope.describe() << '\n'
          << "  justification: " << record.justification << '\n';
    if (!record.interactionId.isEmpty())
        out() << "  blocked interaction: " << record.interactionId << '\n';
    if (!record.decidedBy.isEmpty())
        out() << "  decided by " << record.decidedBy << " at " << isoTime(record.decidedAt) << '\n';
    if (record.status != ExceptionStatus::Pending && record.status != ExceptionStatus::Rejected)
        out() << "  granted: " << record.grantedScope.describe() << "\n  expires "
              << isoTime(record.expiresAt) << (record.singleUse ? u", single use"_s : QString()) << ", used "
              << record.useCount << "x\n";
    if (!record.reason.isEmpty())
        out() << "  reason: " << record.reason << '\n';
    out() << Qt::flush;
}

namespace {

int request(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Ask for an exception to one or more rules. Narrow scopes are preferred: name the user, service, "
        "model, route, data class or detector it is for."_s);
    const ExceptionOptions options;
    const QCommandLineOption rule(u"rule"_s, u"A rule to except (repeat for several)."_s, u"RULE"_s);
    const QCommandLineOption justification(u"justification"_s, u"Why it is needed."_s, u"TEXT"_s);
    const QCommandLineOption hours(u"hours"_s, u"How long (default: the rule's default)."_s, u"H"_s);
    const QCommandLineOption interaction(u"interaction"_s, u"The blocked interaction it stems from."_s,
                                         u"ID"_s);
    parser.addOptions(
        {options.policy, options.as, options.passwordStdin, rule, justification, hours, interaction});
    parser.addOptions(scopeOptions(u"scope"_s));
    const QString verb = u"exceptions request"_s;
    if (const int code = parse(parser, options.ledger, verb, arguments); code >= 0)
        return code;
    ExceptionRequestInput input;
    input.scope.rules = parser.values(rule);
    readScope(parser, u"scope"_s, input.scope);
    input.justification = parser.value(justification);
    input.interactionId = parser.value(interaction);
    if (parser.isSet(hours)) {
        const auto seconds = hoursToSeconds(parser.value(hours));
        if (!seconds)
            return report(verb, seconds.error(), ExitUsage);
        input.seconds = *seconds;
    }
    auto session = openExceptions(parser, options, true, false);
    if (!session)
        return report(verb, session.error(), ExitIoError);
    const auto requester = signInFrom(parser, options);
    if (!requester)
        return report(verb, requester.error(), ExitUsage);
    const auto requested = session->service->request(*requester, input);
    if (!requested)
        return report(verb, requested.error(), ExitFailure);
    printRecord(parser, options, u"Requested"_s, *requested);
    return ExitOk;
}

int list(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"List exception requests, oldest first."_s);
    const ExceptionOptions options;
    const QCommandLineOption status(u"status"_s,
                                    u"Only this status: pending, approved, rejected, revoked, "
                                    "expired or used."_s,
                                    u"STATUS"_s);
    parser.addOptions({options.policy, status});
    const QString verb = u"exceptions list"_s;
    if (const int code = parse(parser, options.ledger, verb, arguments); code >= 0)
        return code;
    std::optional<ExceptionStatus> wanted;
    if (parser.isSet(status)) {
        wanted = exceptionStatusFromName(parser.value(status));
        if (!wanted)
            return report(verb, fail(u"unknown status '%1'"_s.arg(parser.value(status))).error(), ExitUsage);
    }
    auto session = openExceptions(parser, options, false, true);
    if (!session)
        return report(verb, session.error(), ExitIoError);
    const QList<ExceptionRecord> records = session->service->list(wanted);
    if (parser.isSet(options.ledger.store.json)) {
        QJsonArray array;
        for (const ExceptionRecord &record : records)
            array.append(record.toJson());
        printJson(array);
        return ExitOk;
    }
    for (const ExceptionRecord &record : records)
        out() << record.id << "  " << exceptionStatusName(record.status).leftJustified(9) << ' '
              << record.requester.leftJustified(12) << ' '
              << record.requestedScope.rules.join(u',').leftJustified(24) << ' '
              << (record.decidedBy.isEmpty() ? u"-"_s : record.decidedBy).leftJustified(12) << ' '
              << isoTime(record.expiresAt) << '\n';
    out() << records.size() << (records.size() == 1 ? " exception" : " exceptions") << Qt::endl;
    return ExitOk;
}

int showOrHistory(const QStringList &arguments, bool history)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(history ? u"Every ledger event of one exception, oldest first."_s
                                             : u"One exception and its current state."_s);
    const ExceptionOptions options;
    parser.addOption(options.policy);
    const QString verb = history ? u"exceptions history"_s : u"exceptions show"_s;
    if (const int code = parse(parser, options.ledger, verb, arguments, {u"ID"_s}); code >= 0)
        return code;
    auto session = openExceptions(parser, options, false, true);
    if (!session)
        return report(verb, session.error(), ExitIoError);
    const QString id = parser.positionalArguments().constFirst();
    if (!history) {
        const auto record = session->service->show(id);
        if (!record)
            return report(verb, fail(u"no exception with id %1"_s.arg(id)).error(), ExitFailure);
        printRecord(parser, options, u"Exception"_s, *record);
        return ExitOk;
    }
    const auto events = session->service->history(id);
    if (!events)
        return report(verb, events.error(), ExitFailure);
    if (parser.isSet(options.ledger.store.json)) {
        QJsonArray array;
        for (const EvidenceEvent &event : *events)
            array.append(event.toJson());
        printJson(array);
        return ExitOk;
    }
    for (const EvidenceEvent &event : *events) {
        const QString reason = event.payload.value(u"reason").toString();
        const QString interaction = event.payload.value(u"interaction_id").toString();
        out() << QString::number(event.seq).rightJustified(6) << "  " << isoTime(event.time) << "  "
              << eventKindName(event.kind).leftJustified(9) << ' ' << event.actor.leftJustified(12) << ' '
              << event.payload.value(u"event").toString()
              << (event.payload.contains(u"attempted") ? u" "_s + event.payload.value(u"attempted").toString()
                                                       : QString())
              << (interaction.isEmpty() ? QString() : u" (interaction "_s + interaction + u')')
              << (reason.isEmpty() ? QString() : u": "_s + reason) << '\n';
    }
    out() << Qt::flush;
    return ExitOk;
}

int show(const QStringList &arguments)
{
    return showOrHistory(arguments, false);
}

int history(const QStringList &arguments)
{
    return showOrHistory(arguments, true);
}

int sweep(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Record 'expired' for every approved exception past its end."_s);
    const ExceptionOptions options;
    const QString verb = u"exceptions sweep"_s;
    if (const int code = parse(parser, options.ledger, verb, arguments); code >= 0)
        return code;
    auto session = openExceptions(parser, options, false, false);
    if (!session)
        return report(verb, session.error(), ExitIoError);
    const auto expired = session->service->sweepExpired();
    if (!expired)
        return report(verb, expired.error(), ExitIoError);
    if (parser.isSet(options.ledger.store.json))
        printJson(QJsonObject{{u"expired"_s, *expired}});
    else
        out() << *expired << (*expired == 1 ? " exception" : " exceptions") << " expired" << Qt::endl;
    return ExitOk;
}

struct SubCommand
{
    const char *name;
    const char *summary;
    int (*run)(const QStringList &);
};

const SubCommand kSubCommands[] = {
    {"request", "ask for an exception to rules, with a scope, a justification and a duration", request},
    {"approve", "approve a request (optionally narrower, shorter or single-use)", runApprove},
    {"reject", "reject a request with a reason", runReject},
    {"revoke", "revoke an exception with a reason", runRevoke},
    {"list", "list exceptions, optionally by --status", list},
    {"show", "show one exception", show},
    {"history", "every ledger event of one exception, with actor and time", history},
    {"sweep", "record the expiry of exceptions past their end", sweep},
};

int exceptions(const QStringList &arguments)
{
    if (arguments.isEmpty() || arguments.first() == u"--help" || arguments.first() == u"-h") {
        out() << "usage: custosctl exceptions SUBCOMMAND --store PATH [OPTIONS]\n\nsubcommands:\n";
        for (const SubCommand &sub : kSubCommands)
            out() << "  " << QString::fromLatin1(sub.name).leftJustified(10) << sub.summary << '\n';
        out() << "\n--as USER signs in with --password-stdin, CUSTOS_ACTOR_PASSWORD or a prompt. --policy\n"
                 "FILE names the enforced policy; without it, the store's active published version does.\n"
                 "The store key comes from --key-file, --keychain, CUSTOS_PASSPHRASE or a prompt.\n"
              << Qt::flush;
        return arguments.isEmpty() ? ExitUsage : ExitOk;
    }
    for (const SubCommand &sub : kSubCommands)
        if (arguments.first() == QLatin1StringView(sub.name))
            return sub.run(arguments.mid(1));
    err() << "custosctl exceptions: unknown subcommand '" << arguments.first()
          << "' (see custosctl exceptions --help)" << Qt::endl;
    return ExitUsage;
}

const CommandRegistration registration{
    {u"exceptions"_s,
     u"exception requests and decisions: request, approve, reject, revoke, list, show, history"_s,
     exceptions}};

} // namespace
} // namespace custos::ctl::identity
