// `custosctl audit export | verify`: the dispatcher and `audit verify`.
#include "AuditCommand.h"

#include "CommandLine.h"
#include "CommandRegistry.h"

#include "core/audit/AuditPackVerifier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace custos::ctl::audit {

using custos::audit::AuditPackVerifier;
using custos::audit::PackCheck;

int runVerify(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Verify an audit pack (a folder or its .zip) the way its README.txt tells an auditor to: every "
        "file against SHA256SUMS, the SHA256SUMS signature by keys/export.pem, every checkpoint signature, "
        "the hash chain recomputed against the signed checkpoints, raw payload digests, and the manifest "
        "against the files and their row counts. Prints one line per check.\n\n"_s +
        QString::fromLatin1(kExitCodeHelp));
    const QCommandLineOption pin(u"export-key-fingerprint"_s,
                                 u"The export key fingerprint you received by another channel; the check "
                                 "fails unless keys/export.pem has it."_s,
                                 u"HEX"_s);
    const QCommandLineOption json(u"json"_s, u"Print JSON."_s);
    parser.addOptions({pin, json});
    parser.addPositionalArgument(u"PACK"_s, u"The pack folder or .zip file."_s);
    if (!parseOrReport(parser, u"audit verify"_s, arguments))
        return parser.isSet(u"help"_s) ? AuditOk : AuditBadInput;
    if (parser.positionalArguments().size() != 1) {
        err() << "custosctl audit verify: expected one PACK (a folder or .zip)\n" << Qt::flush;
        return AuditBadInput;
    }
    auto verified = AuditPackVerifier::verify(parser.positionalArguments().front(), {parser.value(pin)});
    if (!verified) {
        err() << "custosctl audit verify: " << verified.error().toString() << Qt::endl;
        return AuditIoError;
    }
    if (parser.isSet(json)) {
        QJsonArray checks;
        for (const PackCheck &check : std::as_const(verified->checks))
            checks.append(
                QJsonObject{{u"check"_s, check.name}, {u"ok"_s, check.ok}, {u"detail"_s, check.detail}});
        out() << QJsonDocument(QJsonObject{{u"ok"_s, verified->ok()},
                                           {u"pack_fingerprint"_s, verified->packFingerprint},
                                           {u"export_key_fingerprint"_s, verified->exportKeyFingerprint},
                                           {u"chain_intact_at_export"_s, verified->chainIntact},
                                           {u"checks"_s, checks}})
                     .toJson(QJsonDocument::Indented)
              << Qt::flush;
    } else {
        for (const PackCheck &check : std::as_const(verified->checks))
            out() << (check.ok ? "ok      " : "FAILED  ") << check.name << ": " << check.detail << '\n';
        out() << "pack fingerprint " << verified->packFingerprint << '\n';
        if (!verified->chainIntact)
            out() << "note: the exporter recorded a broken chain in this period (see report.pdf)\n";
        out() << (verified->ok() ? "pack verified" : "pack verification FAILED") << Qt::endl;
    }
    return verified->ok() ? AuditOk : AuditVerifyFailed;
}

namespace {

int audit(const QStringList &arguments)
{
    if (arguments.isEmpty() || arguments.first() == u"--help" || arguments.first() == u"-h") {
        out() << "usage: custosctl audit SUBCOMMAND [OPTIONS]\n\nsubcommands:\n"
                 "  export    write a signed audit pack (PDF, CSVs, checkpoints, keys, sums) for a period\n"
                 "  verify    check a pack the way its README tells an auditor to\n\n"
              << kExitCodeHelp << Qt::flush;
        return arguments.isEmpty() ? AuditBadInput : AuditOk;
    }
    if (arguments.first() == u"export")
        return runExport(arguments.mid(1));
    if (arguments.first() == u"verify")
        return runVerify(arguments.mid(1));
    err() << "custosctl audit: unknown subcommand '" << arguments.first() << "' (see custosctl audit --help)"
          << Qt::endl;
    return AuditBadInput;
}

const CommandRegistration registration{
    {u"audit"_s, u"audit packs: export a signed PDF and CSV pack, verify one"_s, audit}};

} // namespace

} // namespace custos::ctl::audit
