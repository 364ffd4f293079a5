// The base of the `custosctl exceptions` subcommands, and the exception helpers they, `audit
// export` and `alerts` share (ExceptionsCli.h).
#include "ExceptionBookCommand.h"

#include "CommandLine.h"

#include "core/publishing/PolicyVersions.h"

#include <QFile>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace custos::ctl {

Result<identity::ExceptionSession> ExceptionBookCommand::openBook(const QCommandLineParser &parser,
                                                                  bool policyRequired, bool readOnly) const
{
    // Only the subcommands that take --policy may ask the parser for it (Qt warns otherwise).
    std::optional<QString> policyFile;
    if (m_takesPolicy && parser.isSet(m_exception.policy))
        policyFile = parser.value(m_exception.policy);
    return identity::openExceptions(parser, m_exception, policyFile, policyRequired, readOnly);
}

void ExceptionBookCommand::addPolicyOption()
{
    addOption(m_exception.policy);
    m_takesPolicy = true;
}

Result<Credentials> ExceptionBookCommand::signIn(const QCommandLineParser &parser) const
{
    return identity::signInFrom(parser, m_exception);
}

void ExceptionBookCommand::printRecord(const QCommandLineParser &parser, const QString &what,
                                       const ExceptionRecord &record) const
{
    identity::printRecord(parser, m_exception, what, record);
}

} // namespace custos::ctl

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
                                        const std::optional<QString> &policyFile, bool policyRequired,
                                        bool readOnly)
{
    auto rules = std::make_shared<ExceptionRules>();
    auto ledger = openSession(parser, options.ledger, readOnly);
    if (!ledger)
        return std::unexpected(ledger.error());
    if (policyFile) {
        auto policy = policyFrom(*policyFile);
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

} // namespace custos::ctl::identity
