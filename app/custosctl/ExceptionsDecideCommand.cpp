// `custosctl exceptions approve | reject | revoke ID`: decisions, each signed in with a password.
// The three share one flow and differ in their options and the service call: one row each.
#include "CommandLine.h"
#include "ExceptionBookCommand.h"

#include <functional>

using namespace Qt::StringLiterals;

namespace custos::ctl {
namespace {

struct Decision
{
    QString subcommand; // "approve"
    QString description;
    QList<QCommandLineOption> options;
    bool policyRequired = true;
    std::function<Result<ExceptionRecord>(ExceptionService &service, const QString &id,
                                          const Credentials &actor, const QCommandLineParser &parser)>
        decide;
    QString done; // "Approved"
};

class ExceptionsDecideCommand : public ExceptionBookCommand
{
public:
    explicit ExceptionsDecideCommand(Decision decision)
        : ExceptionBookCommand(u"exceptions "_s + decision.subcommand, decision.description)
        , m_decision(std::move(decision))
    {
        addPolicyOption();
        addOptions({m_exception.as, m_exception.passwordStdin});
        addOptions(m_decision.options);
        addLedgerOptions();
        addPositionalArgument(u"ID"_s, u"The id."_s);
        requirePositionals();
    }

protected:
    int execute(const QCommandLineParser &parser) override
    {
        auto book = openBook(parser, m_decision.policyRequired, false);
        if (!book)
            return complain(book.error().toString(), ExitIoError);
        const auto actor = signIn(parser);
        if (!actor)
            return complain(actor.error().toString(), ExitUsage);
        const auto decided =
            m_decision.decide(*book->service, parser.positionalArguments().constFirst(), *actor, parser);
        if (!decided)
            return complain(decided.error().toString(), ExitFailure);
        printRecord(parser, m_decision.done, *decided);
        return ExitOk;
    }

private:
    const Decision m_decision;
};

QCommandLineOption reasonOption()
{
    return {u"reason"_s, u"Why (required)."_s, u"TEXT"_s};
}

// --hours and --narrow-* shorten or narrow what was asked; --single-use limits it to one request.
Result<ApprovalTerms> approvalTerms(const ExceptionService &service, const QString &id,
                                    const QCommandLineParser &parser, const QCommandLineOption &hours,
                                    const QCommandLineOption &singleUse)
{
    ApprovalTerms terms;
    terms.singleUse = parser.isSet(singleUse);
    if (parser.isSet(hours)) {
        const auto seconds = identity::hoursToSeconds(parser.value(hours));
        if (!seconds)
            return std::unexpected(seconds.error());
        terms.seconds = *seconds;
    }
    if (const auto record = service.show(id)) {
        ExceptionScope narrowed = record->requestedScope;
        if (identity::readScope(parser, u"narrow"_s, narrowed) > 0)
            terms.narrowedScope = narrowed;
    }
    return terms;
}

} // namespace

std::unique_ptr<Command> makeExceptionsApproveCommand()
{
    const QCommandLineOption hours(u"hours"_s, u"Approve for fewer hours than asked."_s, u"H"_s);
    const QCommandLineOption singleUse(u"single-use"_s, u"The exception covers one request only."_s);
    return std::make_unique<ExceptionsDecideCommand>(
        Decision{u"approve"_s,
                 u"Approve an exception request as a named approver of its rules (never your own). "
                 "--hours and --narrow-* may only shorten or narrow what was asked."_s,
                 QList<QCommandLineOption>{hours, singleUse} + identity::scopeOptions(u"narrow"_s), true,
                 [hours, singleUse](ExceptionService &service, const QString &id, const Credentials &actor,
                                    const QCommandLineParser &parser) -> Result<ExceptionRecord> {
                     const auto terms = approvalTerms(service, id, parser, hours, singleUse);
                     if (!terms)
                         return std::unexpected(terms.error());
                     return service.approve(id, actor, *terms);
                 },
                 u"Approved"_s});
}

std::unique_ptr<Command> makeExceptionsRejectCommand()
{
    return std::make_unique<ExceptionsDecideCommand>(Decision{
        u"reject"_s,
        u"Reject an exception request, with a reason, as a named approver."_s,
        {reasonOption()},
        true,
        [](ExceptionService &service, const QString &id, const Credentials &actor,
           const QCommandLineParser &parser) { return service.reject(id, actor, parser.value(u"reason"_s)); },
        u"Rejected"_s});
}

std::unique_ptr<Command> makeExceptionsRevokeCommand()
{
    return std::make_unique<ExceptionsDecideCommand>(Decision{
        u"revoke"_s,
        u"Revoke an exception (pending or approved), with a reason. Its requester, a named approver, "
        "a risk officer or an admin may."_s,
        {reasonOption()},
        false,
        [](ExceptionService &service, const QString &id, const Credentials &actor,
           const QCommandLineParser &parser) { return service.revoke(id, actor, parser.value(u"reason"_s)); },
        u"Revoked"_s});
}

} // namespace custos::ctl
