// `custosctl exceptions request`.
#include "CommandLine.h"
#include "ExceptionBookCommand.h"

using namespace Qt::StringLiterals;

namespace custos::ctl {
namespace {

class ExceptionsRequestCommand : public ExceptionBookCommand
{
public:
    ExceptionsRequestCommand()
        : ExceptionBookCommand(u"exceptions request"_s, u"Ask for an exception to one or more rules. Narrow "
                                                        u"scopes are preferred: name the user, service, "
                                                        "model, route, data class or detector it is for."_s)
    {
        addPolicyOption();
        addOptions(
            {m_exception.as, m_exception.passwordStdin, m_rule, m_justification, m_hours, m_interaction});
        addOptions(identity::scopeOptions(u"scope"_s));
        addLedgerOptions();
        requirePositionals();
    }

protected:
    int execute(const QCommandLineParser &parser) override
    {
        ExceptionRequestInput input;
        input.scope.rules = parser.values(m_rule);
        identity::readScope(parser, u"scope"_s, input.scope);
        input.justification = parser.value(m_justification);
        input.interactionId = parser.value(m_interaction);
        if (parser.isSet(m_hours)) {
            const auto seconds = identity::hoursToSeconds(parser.value(m_hours));
            if (!seconds)
                return complain(seconds.error().toString(), ExitUsage);
            input.seconds = *seconds;
        }
        auto book = openBook(parser, true, false);
        if (!book)
            return complain(book.error().toString(), ExitIoError);
        const auto requester = signIn(parser);
        if (!requester)
            return complain(requester.error().toString(), ExitUsage);
        const auto requested = book->service->request(*requester, input);
        if (!requested)
            return complain(requested.error().toString(), ExitFailure);
        printRecord(parser, u"Requested"_s, *requested);
        return ExitOk;
    }

private:
    const QCommandLineOption m_rule{u"rule"_s, u"A rule to except (repeat for several)."_s, u"RULE"_s};
    const QCommandLineOption m_justification{u"justification"_s, u"Why it is needed."_s, u"TEXT"_s};
    const QCommandLineOption m_hours{u"hours"_s, u"How long (default: the rule's default)."_s, u"H"_s};
    const QCommandLineOption m_interaction{u"interaction"_s, u"The blocked interaction it stems from."_s,
                                           u"ID"_s};
};

} // namespace

std::unique_ptr<Command> makeExceptionsRequestCommand()
{
    return std::make_unique<ExceptionsRequestCommand>();
}

} // namespace custos::ctl
