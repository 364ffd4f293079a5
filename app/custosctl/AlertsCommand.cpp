// `custosctl alerts list | show | dismiss | confirm`: the watchers' alerts, folded from the ledger,
// and people's decisions on them.
#include "CommandLine.h"
#include "CommandRegistry.h"
#include "identity/ExceptionsCli.h"

#include "core/watch/AlertBook.h"
#include "core/watch/AlertDecider.h"
#include "core/watch/WatchEngine.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace custos::ctl::alerts {

namespace {

using identity::ExceptionOptions;

void printAlert(const AlertRecord &record)
{
    const WatchAlert &alert = record.alert;
    out() << "Alert " << alert.id << " (" << AlertRecord::stateName(record.state) << ")\n"
          << "  " << alert.watcher << " v" << alert.watcherVersion << ", severity " << alert.severity << '\n'
          << "  user " << alert.user << ", service " << (alert.service.isEmpty() ? u"-"_s : alert.service)
          << ", class " << alert.valueClass << '\n'
          << "  day " << alert.day.toString(Qt::ISODate) << ": statistic " << alert.statistic
          << " / threshold " << alert.threshold << ", baseline " << alert.baseline << '\n';
    QStringList windows;
    for (qsizetype i = 0; i < alert.windowCounts.size() && i < WatchEngine::windowDays().size(); ++i)
        windows << u"%1 d: %2"_s.arg(WatchEngine::windowDays().at(i)).arg(alert.windowCounts.at(i));
    out() << "  distinct values " << windows.join(u", "_s) << "; novel that day " << alert.novelToday << '\n';
    QStringList seqs;
    for (qint64 seq : alert.contributing)
        seqs << QString::number(seq);
    out() << "  contributing interactions (seq): " << seqs.join(u' ') << '\n';
    if (!alert.covered.isEmpty()) {
        QStringList covered;
        for (qint64 seq : alert.covered)
            covered << QString::number(seq);
        out() << "  of them under an exception: " << covered.join(u' ') << '\n';
    }
    out() << "  policy " << (alert.policyHash.isEmpty() ? u"-"_s : alert.policyHash.left(12)) << ", recorded "
          << identity::isoTime(record.recorded) << " (seq " << record.seq << ")\n";
    if (record.state != AlertRecord::State::Open)
        out() << "  " << AlertRecord::stateName(record.state) << " by " << record.decidedBy << " at "
              << identity::isoTime(record.decidedAt)
              << (record.reason.isEmpty() ? u""_s : u": "_s + record.reason) << '\n';
    out() << Qt::flush;
}

int list(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"List the watchers' alerts, oldest first."_s);
    const ExceptionOptions options;
    const QCommandLineOption state(u"state"_s, u"Only this state: open, dismissed or confirmed."_s,
                                   u"STATE"_s);
    parser.addOption(state);
    const QString verb = u"alerts list"_s;
    if (const int code = identity::parse(parser, options.ledger, verb, arguments); code >= 0)
        return code;
    auto session = identity::openSession(parser, options.ledger, true);
    if (!session)
        return identity::report(verb, session.error(), ExitIoError);
    auto book = AlertBook::load(*session->store);
    if (!book)
        return identity::report(verb, book.error(), ExitIoError);
    QList<AlertRecord> records;
    for (const AlertRecord &record : book->all())
        if (!parser.isSet(state) || AlertRecord::stateName(record.state) == parser.value(state))
            records.append(record);
    if (parser.isSet(options.ledger.store.json)) {
        QJsonArray array;
        for (const AlertRecord &record : std::as_const(records))
            array.append(record.toJson());
        identity::printJson(array);
        return ExitOk;
    }
    for (const AlertRecord &record : std::as_const(records))
        out() << record.alert.id << "  " << AlertRecord::stateName(record.state).leftJustified(9) << ' '
              << record.alert.day.toString(Qt::ISODate) << ' ' << record.alert.watcher.leftJustified(12)
              << ' ' << record.alert.user.leftJustified(12) << ' '
              << record.alert.valueClass.leftJustified(12) << ' ' << record.alert.statistic << '/'
              << record.alert.threshold << '\n';
    out() << records.size() << (records.size() == 1 ? " alert" : " alerts") << Qt::endl;
    return ExitOk;
}

int show(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"One alert: its statistic, windows, contributing interactions, state."_s);
    const ExceptionOptions options;
    const QString verb = u"alerts show"_s;
    if (const int code = identity::parse(parser, options.ledger, verb, arguments, {u"ID"_s}); code >= 0)
        return code;
    auto session = identity::openSession(parser, options.ledger, true);
    if (!session)
        return identity::report(verb, session.error(), ExitIoError);
    auto book = AlertBook::load(*session->store);
    if (!book)
        return identity::report(verb, book.error(), ExitIoError);
    const QString id = parser.positionalArguments().constFirst();
    const AlertRecord *record = book->find(id);
    if (!record)
        return identity::report(
            verb, fail(u"no alert %1 (or the prefix names more than one)"_s.arg(id)).error(), ExitFailure);
    if (parser.isSet(options.ledger.store.json))
        identity::printJson(record->toJson());
    else
        printAlert(*record);
    return ExitOk;
}

int decide(const QStringList &arguments, bool dismiss)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        dismiss
            ? u"Dismiss an open alert with a reason (it feeds the user's baseline), as an approver or risk "
              "officer."_s
            : u"Confirm an open alert, as an approver or risk officer."_s);
    const ExceptionOptions options;
    const QCommandLineOption reason(u"reason"_s, dismiss ? u"Why (required)."_s : u"Why (optional)."_s,
                                    u"TEXT"_s);
    parser.addOptions({options.as, options.passwordStdin, reason});
    const QString verb = dismiss ? u"alerts dismiss"_s : u"alerts confirm"_s;
    if (const int code = identity::parse(parser, options.ledger, verb, arguments, {u"ID"_s}); code >= 0)
        return code;
    if (dismiss && parser.value(reason).trimmed().isEmpty())
        return identity::report(
            verb, fail(u"--reason TEXT is required: it tells the baseline what is normal"_s).error(),
            ExitUsage);
    auto session = identity::openSession(parser, options.ledger, false);
    if (!session)
        return identity::report(verb, session.error(), ExitIoError);
    const auto actor = identity::signInFrom(parser, options);
    if (!actor)
        return identity::report(verb, actor.error(), ExitUsage);
    AlertDecider decider(*session->store, session->users);
    const QString id = parser.positionalArguments().constFirst();
    const auto decided = dismiss ? decider.dismiss(id, *actor, parser.value(reason))
                                 : decider.confirm(id, *actor, parser.value(reason));
    if (!decided)
        return identity::report(verb, decided.error(), ExitFailure);
    if (parser.isSet(options.ledger.store.json))
        identity::printJson(decided->toJson());
    else
        out() << (dismiss ? "Dismissed " : "Confirmed ") << decided->alert.id << Qt::endl;
    return ExitOk;
}

int dismissAlert(const QStringList &arguments)
{
    return decide(arguments, true);
}

int confirmAlert(const QStringList &arguments)
{
    return decide(arguments, false);
}

struct SubCommand
{
    const char *name;
    const char *summary;
    int (*run)(const QStringList &);
};

const SubCommand kSubCommands[] = {
    {"list", "list alerts, optionally by --state", list},
    {"show", "show one alert", show},
    {"dismiss", "dismiss an open alert with a --reason", dismissAlert},
    {"confirm", "confirm an open alert", confirmAlert},
};

int alerts(const QStringList &arguments)
{
    if (arguments.isEmpty() || arguments.first() == u"--help" || arguments.first() == u"-h") {
        out() << "usage: custosctl alerts SUBCOMMAND --store PATH [OPTIONS]\n\nsubcommands:\n";
        for (const SubCommand &sub : kSubCommands)
            out() << "  " << QString::fromLatin1(sub.name).leftJustified(10) << sub.summary << '\n';
        out() << "\n--as USER signs in with --password-stdin, CUSTOS_ACTOR_PASSWORD or a prompt.\n"
                 "The store key comes from --key-file, --keychain, CUSTOS_PASSPHRASE or a prompt.\n"
              << Qt::flush;
        return arguments.isEmpty() ? ExitUsage : ExitOk;
    }
    for (const SubCommand &sub : kSubCommands)
        if (arguments.first() == QLatin1StringView(sub.name))
            return sub.run(arguments.mid(1));
    err() << "custosctl alerts: unknown subcommand '" << arguments.first()
          << "' (see custosctl alerts --help)" << Qt::endl;
    return ExitUsage;
}

const CommandRegistration registration{
    {u"alerts"_s, u"the watchers' alerts: list, show, dismiss, confirm"_s, alerts}};

} // namespace
} // namespace custos::ctl::alerts
