// `custosctl evidence verify | checkpoints | export-checkpoints | witness`.
#include "CommandLine.h"
#include "EvidenceCommand.h"

#include "core/evidence/LedgerHash.h"

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
        u"Recompute the hash chain (every field of every event), check the signed checkpoints against the"
        " store and the witness, that every dropped payload has its retention event, every query-table row "
        "and"
        " text-index entry against the chain, and every page of the file. Exit 0 when intact, 1 when damaged"
        " (naming the first bad seq and the kind of damage, then every finding), 3 when the store cannot be"
        " read."_s);
    const StoreOptions options;
    const QCommandLineOption external(u"checkpoints"_s, u"Checkpoints exported earlier and kept elsewhere."_s,
                                      u"FILE"_s);
    const QCommandLineOption witness(
        u"witness"_s, u"The witness file (default: $CUSTOS_WITNESS, else the config folder's)."_s, u"FILE"_s);
    const QCommandLineOption noWitness(u"no-witness"_s, u"Do not compare with a witness."_s);
    parser.addOptions({external, witness, noWitness});
    if (const int code = parse(parser, options, u"verify"_s, arguments); code >= 0)
        return code;
    auto store = openFrom(parser, options, true);
    if (!store)
        return report(u"verify"_s, store.error(), ExitIoError);
    VerifyOptions verifyOptions;
    verifyOptions.externalCheckpoints = parser.value(external);
    verifyOptions.witnessPath = parser.value(witness);
    verifyOptions.useWitness = !parser.isSet(noWitness);
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
    if (parser.isSet(options.json)) {
        out() << QJsonDocument(result.toJson()).toJson(QJsonDocument::Compact) << Qt::endl;
    } else if (result.ok()) {
        out() << result.summary() << Qt::endl;
    } else {
        err() << "custosctl evidence verify: " << parser.value(options.store) << ": " << result.summary()
              << Qt::endl;
        for (const VerifyFinding &finding : result.findings)
            err() << "  " << damageName(finding.damage)
                  << (finding.page > 0 ? u" page %1"_s.arg(finding.page) : QString()) << ": "
                  << finding.detail << Qt::endl;
    }
    if (!result.witnessWarning.isEmpty() && !parser.isSet(options.json))
        err() << "custosctl evidence verify: WARNING: " << result.witnessWarning << Qt::endl;
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

int runWitness(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Print the store's newest signed checkpoint as one JSON line (store id, key, seq, hash, time,"
        " signature) and the witness file it is also kept in. Keep the line anywhere else: 'verify' catches a"
        " store rolled back behind it."_s);
    const StoreOptions options;
    if (const int code = parse(parser, options, u"witness"_s, arguments); code >= 0)
        return code;
    auto store = openFrom(parser, options, true);
    if (!store)
        return report(u"witness"_s, store.error(), ExitIoError);
    auto list = (*store)->checkpoints();
    if (!list)
        return report(u"witness"_s, list.error(), ExitIoError);
    if (list->isEmpty())
        return report(u"witness"_s, Error{u"the store has no checkpoint yet"_s, parser.value(options.store)},
                      ExitFailure);
    auto storeId = (*store)->storeId();
    if (!storeId)
        return report(u"witness"_s, storeId.error(), ExitIoError);
    QJsonObject line = list->constLast().toJson();
    line.insert(u"store_id"_s, *storeId);
    line.insert(u"public_key"_s, QString::fromLatin1((*store)->publicKey().toHex()));
    line.insert(u"chain_formula"_s, ledger::kChainFormula);
    out() << QJsonDocument(line).toJson(QJsonDocument::Compact) << Qt::endl;
    auto witnessed = (*store)->latestWitnessed();
    if (!witnessed)
        err() << "custosctl evidence witness: " << witnessed.error().toString() << Qt::endl;
    else if (!*witnessed)
        err() << "custosctl evidence witness: WARNING: no witness at " << (*store)->witnessPath() << Qt::endl;
    else if ((*witnessed)->seq != list->constLast().seq)
        err() << "custosctl evidence witness: the witness at " << (*store)->witnessPath() << " ends at seq "
              << (*witnessed)->seq << ", the store's newest checkpoint is at seq " << list->constLast().seq
              << Qt::endl;
    else
        err() << "witness: " << (*store)->witnessPath() << Qt::endl;
    return ExitOk;
}

} // namespace custos::ctl::evidence
