// `custosctl audit verify PACK`.
#include "AuditCommand.h"

#include "Command.h"

#include "core/audit/AuditPackVerifier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace custos::ctl::audit {
namespace {

using custos::audit::AuditPackVerifier;
using custos::audit::PackCheck;
using custos::audit::PackVerification;

class AuditVerifyCommand : public Command
{
public:
    AuditVerifyCommand()
        : Command(
              u"audit verify"_s,
              u"Verify an audit pack (a folder or its .zip) the way its README.txt tells an auditor to: "
              u"every "
              "file against SHA256SUMS, the SHA256SUMS signature by keys/export.pem, every checkpoint "
              "signature, the hash chain recomputed against the signed checkpoints, raw payload digests, "
              "and the manifest against the files and their row counts. Prints one line per check.\n\n"_s +
                  QString::fromLatin1(kExitCodeHelp))
    {
        addOptions({m_pin, m_json});
        addPositionalArgument(u"PACK"_s, u"The pack folder or .zip file."_s);
    }

protected:
    int execute(const QCommandLineParser &parser) override
    {
        if (parser.positionalArguments().size() != 1)
            return complain(u"expected one PACK (a folder or .zip)"_s, AuditBadInput);
        auto verified =
            AuditPackVerifier::verify(parser.positionalArguments().constFirst(), {parser.value(m_pin)});
        if (!verified)
            return complain(verified.error().toString(), AuditIoError);
        if (parser.isSet(m_json))
            printJson(*verified);
        else
            printText(*verified);
        return verified->ok() ? AuditOk : AuditVerifyFailed;
    }

private:
    static void printJson(const PackVerification &verified)
    {
        QJsonArray checks;
        for (const PackCheck &check : std::as_const(verified.checks))
            checks.append(
                QJsonObject{{u"check"_s, check.name}, {u"ok"_s, check.ok}, {u"detail"_s, check.detail}});
        out() << QJsonDocument(QJsonObject{{u"ok"_s, verified.ok()},
                                           {u"pack_fingerprint"_s, verified.packFingerprint},
                                           {u"export_key_fingerprint"_s, verified.exportKeyFingerprint},
                                           {u"chain_intact_at_export"_s, verified.chainIntact},
                                           {u"checks"_s, checks}})
                     .toJson(QJsonDocument::Indented)
              << Qt::flush;
    }

    static void printText(const PackVerification &verified)
    {
        for (const PackCheck &check : std::as_const(verified.checks))
            out() << (check.ok ? "ok      " : "FAILED  ") << check.name << ": " << check.detail << '\n';
        out() << "pack fingerprint " << verified.packFingerprint << '\n';
        if (!verified.chainIntact)
            out() << "note: the exporter recorded a broken chain in this period (see report.pdf)\n";
        out() << (verified.ok() ? "pack verified" : "pack verification FAILED") << Qt::endl;
    }

    const QCommandLineOption m_pin{u"export-key-fingerprint"_s,
                                   u"The export key fingerprint you received by another channel; the check "
                                   "fails unless keys/export.pem has it."_s,
                                   u"HEX"_s};
    const QCommandLineOption m_json{u"json"_s, u"Print JSON."_s};
};

} // namespace

std::unique_ptr<Command> makeAuditVerifyCommand()
{
    return std::make_unique<AuditVerifyCommand>();
}

} // namespace custos::ctl::audit
