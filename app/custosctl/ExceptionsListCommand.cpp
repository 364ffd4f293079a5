// `custosctl exceptions list`.
#include "CommandLine.h"
#include "ExceptionBookCommand.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace custos::ctl {
namespace {

class ExceptionsListCommand : public ExceptionBookCommand
{
public:
    ExceptionsListCommand()
        : ExceptionBookCommand(u"exceptions list"_s, u"List exception requests, oldest first."_s)
    {
        addPolicyOption();
        addOption(m_status);
        addLedgerOptions();
        requirePositionals();
    }

protected:
    int execute(const QCommandLineParser &parser) override
    {
        std::optional<ExceptionStatus> wanted;
        if (parser.isSet(m_status)) {
            wanted = exceptionStatusFromName(parser.value(m_status));
            if (!wanted)
                return complain(u"unknown status '%1'"_s.arg(parser.value(m_status)), ExitUsage);
        }
        auto book = openBook(parser, false, true);
        if (!book)
            return complain(book.error().toString(), ExitIoError);
        const QList<ExceptionRecord> records = book->service->list(wanted);
        if (wantsJson(parser)) {
            QJsonArray array;
            for (const ExceptionRecord &record : records)
                array.append(record.toJson());
            identity::printJson(array);
            return ExitOk;
        }
        for (const ExceptionRecord &record : records)
            out() << record.id << "  " << exceptionStatusName(record.status).leftJustified(9) << ' '
                  << record.requester.leftJustified(12) << ' '
                  << record.requestedScope.rules.join(u',').leftJustified(24) << ' '
                  << (record.decidedBy.isEmpty() ? u"-"_s : record.decidedBy).leftJustified(12) << ' '
                  << identity::isoTime(record.expiresAt) << '\n';
        out() << records.size() << (records.size() == 1 ? " exception" : " exceptions") << Qt::endl;
        return ExitOk;
    }

private:
    const QCommandLineOption m_status{u"status"_s,
                                      u"Only this status: pending, approved, rejected, revoked, "
                                      "expired or used."_s,
                                      u"STATUS"_s};
};

} // namespace

std::unique_ptr<Command> makeExceptionsListCommand()
{
    return std::make_unique<ExceptionsListCommand>();
}

} // namespace custos::ctl
