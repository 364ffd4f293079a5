// `custosctl evidence verify | checkpoints | export-checkpoints`.
#include "CommandLine.h"
#include "EvidenceCommand.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace custos::ctl::evidence {

int runVerify(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Recompute the hash chain and check the signed checkpoints. Exit 0 when intact, 1 when damaged"
        " (naming the first bad seq and the kind of damage), 3 when the store cannot be read."_s);
    const StoreOptions options;
    const QCommandLineOption external(u"checkpoints"_s, u"Checkpoints exported earlier and kept elsewhere."_s,
                                      u"FILE"_s);
    parser.addOption(external);
    if (const int code = parse(parser, options, u"verify"_s, arguments); code >= 0)
        return code;
    auto store = openFrom(parser, options, true);
    if (!store)
        return report(u"verify"_s, store.error(), ExitIoError);
    VerifyOptions verifyOptions;
    verifyOptions.externalCheckpoints = parser.value(external);
    const bool showProgress = !parser.isSet(options.json) && ::isatty(STDERR_FILENO);
    if (showProgress) {
        verifyOptions.progress = [](qint64 checked, qint64 total) {
            std::fprintf(stderr, "\rverifying: %lld / %lld events", static_cast<long long>(checked),
                         static_cast<long long>(total));
        };
    }
    const VerifyReport result = (*store)->verify(verifyOptions);
    if (showProgress)
        std::fprintf(stderr, "\n");
    if (parser.isSet(options.json))
        out() << QJsonDocument(result.toJson()).toJson(QJsonDocument::Compact) << Qt::endl;
    else if (result.ok())
        out() << result.summary() << Qt::endl;
    else
        err() << "custosctl evidence verify: " << parser.value(options.store) << ": " << result.summary()
              << Qt::endl;
    if (!result.error.isEmpty())
        return ExitIoError;
    return result.ok() ? ExitOk : ExitFailure;
}

int runCheckpoints(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"List the store's signed checkpoints."_s);
    const StoreOptions options;
    if (const int code = parse(parser, options, u"checkpoints"_s, arguments); code >= 0)
        return code;
    auto store = openFrom(parser, options, true);
    if (!store)
        return report(u"checkpoints"_s, store.error(), ExitIoError);
    auto exported = (*store)->exportCheckpoints();
    if (!exported)
        return report(u"checkpoints"_s, exported.error(), ExitIoError);
    if (parser.isSet(options.json)) {
        out() << QJsonDocument(exported->toJson()).toJson(QJsonDocument::Compact) << Qt::endl;
        return ExitOk;
    }
    out() << "public key " << exported->publicKey.toHex() << '\n';
    for (const Checkpoint &checkpoint : std::as_const(exported->checkpoints))
        out() << "seq " << checkpoint.seq << "  " << checkpoint.time.toString(Qt::ISODateWithMs) << "  "
              << checkpoint.hash.toHex() << '\n';
    out() << Qt::flush;
    return ExitOk;
}

int runExportCheckpoints(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Write the signed checkpoints to a file; keep it away from the store so 'verify --checkpoints'"
        " can later catch truncation and rollback."_s);
    const StoreOptions options;
    const QCommandLineOption output(u"out"_s, u"Output file (default: standard output)."_s, u"FILE"_s);
    parser.addOption(output);
    if (const int code = parse(parser, options, u"export-checkpoints"_s, arguments); code >= 0)
        return code;
    auto store = openFrom(parser, options, true);
    if (!store)
        return report(u"export-checkpoints"_s, store.error(), ExitIoError);
    if (parser.isSet(output)) {
        if (auto written = (*store)->exportCheckpoints(parser.value(output)); !written)
            return report(u"export-checkpoints"_s, written.error(), ExitIoError);
        return ExitOk;
    }
    auto exported = (*store)->exportCheckpoints();
    if (!exported)
        return report(u"export-checkpoints"_s, exported.error(), ExitIoError);
    out() << QJsonDocument(exported->toJson()).toJson() << Qt::flush;
    return ExitOk;
}

} // namespace custos::ctl::evidence
