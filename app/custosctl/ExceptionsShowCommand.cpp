// `custosctl exceptions show ID`.
#include "CommandLine.h"
#include "ExceptionBookCommand.h"

using namespace Qt::StringLiterals;

namespace custos::ctl {
namespace {

class ExceptionsShowCommand : public ExceptionBookCommand
{
public:
    ExceptionsShowCommand()
        : ExceptionBookCommand(u"exceptions show"_s, u"One exception and its current state."_s)
    {
        addPolicyOption();
        addLedgerOptions();
        addPositionalArgument(u"ID"_s, u"The id."_s);
        requirePositionals();
    }

protected:
    int execute(const QCommandLineParser &parser) override
    {
        auto book = openBook(parser, false, true);
        if (!book)
            return complain(book.error().toString(), ExitIoError);
        const QString id = parser.positionalArguments().constFirst();
        const auto record = book->service->show(id);
        if (!record)
            return complain(u"no exception with id %1"_s.arg(id), ExitFailure);
        printRecord(parser, u"Exception"_s, *record);
        return ExitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeExceptionsShowCommand()
{
    return std::make_unique<ExceptionsShowCommand>();
}

} // namespace custos::ctl
