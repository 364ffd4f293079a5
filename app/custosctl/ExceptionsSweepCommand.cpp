// `custosctl exceptions sweep`.
#include "CommandLine.h"
#include "ExceptionBookCommand.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace custos::ctl {
namespace {

class ExceptionsSweepCommand : public ExceptionBookCommand
{
public:
    ExceptionsSweepCommand()
        : ExceptionBookCommand(u"exceptions sweep"_s,
                               u"Record 'expired' for every approved exception past its end."_s)
    {
        addLedgerOptions();
        requirePositionals();
    }

protected:
    int execute(const QCommandLineParser &parser) override
    {
        auto book = openBook(parser, false, false);
        if (!book)
            return complain(book.error().toString(), ExitIoError);
        const auto expired = book->service->sweepExpired();
        if (!expired)
            return complain(expired.error().toString(), ExitIoError);
        if (wantsJson(parser))
            identity::printJson(QJsonObject{{u"expired"_s, *expired}});
        else
            out() << *expired << (*expired == 1 ? " exception" : " exceptions") << " expired" << Qt::endl;
        return ExitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeExceptionsSweepCommand()
{
    return std::make_unique<ExceptionsSweepCommand>();
}

} // namespace custos::ctl
