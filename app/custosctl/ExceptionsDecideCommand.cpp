// `custosctl exceptions approve | reject | revoke`: decisions, each signed in with a password.
#include "CommandLine.h"
#include "identity/ExceptionsCli.h"

using namespace Qt::StringLiterals;

namespace custos::ctl::identity {

namespace {

struct Decision
{
    QString verb;
    QString description;
    QList<QCommandLineOption> options;
    bool policyRequired = true;
    std::function<Result<ExceptionRecord>(ExceptionService &service, const QString &id,
                                          const Credentials &actor, const QCommandLineParser &parser)>
        decide;
    QString done; // "Approved"
};

int run(const Decision &decision, const QStringList &arguments)
{
    const QString verb = u"exceptions "_s + decision.verb;
    QCommandLineParser parser;
    parser.setApplicationDescription(decision.description);
    const ExceptionOptions options;
    parser.addOptions({options.policy, options.as, options.passwordStdin});
    parser.addOptions(decision.options);
    if (const int code = parse(parser, options.ledger, verb, arguments, {u"ID"_s}); code >= 0)
        return code;
    auto session = openExceptions(parser, options, decision.policyRequired, false);
    if (!session)
        return report(verb, session.error(), ExitIoError);
    const auto actor = signInFrom(parser, options);
    if (!actor)
        return report(verb, actor.error(), ExitUsage);
    const auto decided =
        decision.decide(*session->service, parser.positionalArguments().constFirst(), *actor, parser);
    if (!decided)
        return report(verb, decided.error(), ExitFailure);
    printRecord(parser, options, decision.done, *decided);
    return ExitOk;
}

const QCommandLineOption hoursOption(u"hours"_s, u"Approve for fewer hours than asked."_s, u"H"_s);
const QCommandLineOption singleUseOption(u"single-use"_s, u"The exception covers one request only."_s);
const QCommandLineOption reasonOption(u"reason"_s, u"Why (required)."_s, u"TEXT"_s);

Result<ApprovalTerms> termsFrom(const ExceptionService &service, const QString &id,
                                const QCommandLineParser &parser)
{
    ApprovalTerms terms;
    terms.singleUse = parser.isSet(singleUseOption);
    if (parser.isSet(hoursOption)) {
        const auto seconds = hoursToSeconds(parser.value(hoursOption));
        if (!seconds)
            return std::unexpected(seconds.error());
        terms.seconds = *seconds;
    }
    if (const auto record = service.show(id)) {
        ExceptionScope narrowed = record->requestedScope;
        if (readScope(parser, u"narrow"_s, narrowed) > 0)
            terms.narrowedScope = narrowed;
    }
    return terms;
}

} // namespace

int runApprove(const QStringList &arguments)
{
    QList<QCommandLineOption> options{hoursOption, singleUseOption};
    options << scopeOptions(u"narrow"_s);
    return run({u"approve"_s,
                u"Approve an exception request as a named approver of its rules (never your own). "
                "--hours and --narrow-* may only shorten or narrow what was asked."_s,
                options, true,
                [](ExceptionService &service, const QString &id, const Credentials &actor,
                   const QCommandLineParser &parser) -> Result<ExceptionRecord> {
                    const auto terms = termsFrom(service, id, parser);
                    if (!terms)
                        return std::unexpected(terms.error());
                    return service.approve(id, actor, *terms);
                },
                u"Approved"_s},
               arguments);
}

int runReject(const QStringList &arguments)
{
    return run({u"reject"_s,
                u"Reject an exception request, with a reason, as a named approver."_s,
                {reasonOption},
                true,
                [](ExceptionService &service, const QString &id, const Credentials &actor,
                   const QCommandLineParser &parser) {
                    return service.reject(id, actor, parser.value(reasonOption));
                },
                u"Rejected"_s},
               arguments);
}

int runRevoke(const QStringList &arguments)
{
    return run(
        {u"revoke"_s,
         u"Revoke an exception (pending or approved), with a reason. Its requester, a named approver, a "
         "risk officer or an admin may."_s,
         {reasonOption},
         false,
         [](ExceptionService &service, const QString &id, const Credentials &actor,
            const QCommandLineParser &parser) {
             return service.revoke(id, actor, parser.value(reasonOption));
         },
         u"Revoked"_s},
        arguments);
}

} // namespace custos::ctl::identity
