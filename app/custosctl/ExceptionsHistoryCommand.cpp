// `custosctl exceptions history ID`.
#include "CommandLine.h"
#include "ExceptionBookCommand.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace custos::ctl {
namespace {

class ExceptionsHistoryCommand : public ExceptionBookCommand
{
public:
    ExceptionsHistoryCommand()
        : ExceptionBookCommand(u"exceptions history"_s,
                               u"Every ledger event of one exception, oldest first."_s)
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
        const auto events = book->service->history(parser.positionalArguments().constFirst());
        if (!events)
            return complain(events.error().toString(), ExitFailure);
        if (wantsJson(parser)) {
            QJsonArray array;
            for (const EvidenceEvent &event : *events)
                array.append(event.toJson());
            identity::printJson(array);
            return ExitOk;
        }
        for (const EvidenceEvent &event : *events)
            out() << line(event) << '\n';
        out() << Qt::flush;
        return ExitOk;
    }

private:
    static QString line(const EvidenceEvent &event)
    {
        const QString reason = event.payload.value(u"reason").toString();
        const QString interaction = event.payload.value(u"interaction_id").toString();
        return QString::number(event.seq).rightJustified(6) + u"  "_s + identity::isoTime(event.time) +
               u"  "_s + eventKindName(event.kind).leftJustified(9) + u' ' + event.actor.leftJustified(12) +
               u' ' + event.payload.value(u"event").toString() +
               (event.payload.contains(u"attempted") ? u" "_s + event.payload.value(u"attempted").toString()
                                                     : QString()) +
               (interaction.isEmpty() ? QString() : u" (interaction "_s + interaction + u')') +
               (reason.isEmpty() ? QString() : u": "_s + reason);
    }
};

} // namespace

std::unique_ptr<Command> makeExceptionsHistoryCommand()
{
    return std::make_unique<ExceptionsHistoryCommand>();
}

} // namespace custos::ctl
