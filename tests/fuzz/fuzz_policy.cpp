// The policy YAML loader and validator on hostile YAML. Properties: the loader never throws and
// never crashes; every error it reports has a message; a policy that loads and validates also
// compiles into an engine, and that engine evaluates a request and a response.
//
// Compiling the detector set is slow under the sanitizers, and the validator already compiles it
// once for every policy that loads (a valid policy must yield an engine), so an engine is compiled
// once per distinct detectors section (the built-in pack, with the policy's disables,
// overrides, custom detectors and phone regions): the fuzzer's time goes to the parser and the
// validator, and every new detectors section still reaches the compiler.

#include "core/policy/PolicyCanonical.h"
#include "core/policy/PolicyEngine.h"
#include "tests/fuzz/FuzzInput.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using namespace custos;

namespace {

void checkErrors(const PolicyErrors &errors)
{
    for (const Error &error : errors) {
        if (error.message.trimmed().isEmpty())
            fuzz::propertyFailed("a policy error without a message");
    }
}

void evaluateSamples(const PolicyEngine &engine)
{
    const QString sample = QStringLiteral("mail jane.doe@example.org, card 4111 1111 1111 1111");
    EvaluationContext context;
    engine.evaluateText(context, sample);
    context.direction = Direction::Response;
    engine.evaluateText(context, sample);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray yaml(reinterpret_cast<const char *>(data), qsizetype(size));
    // Policy::fromYaml is PolicyParser::parse, then PolicyValidator::validate on a tree that loaded.
    const auto policy = Policy::fromYaml(yaml, QStringLiteral("fuzz.yaml"));
    if (!policy) {
        if (policy.error().empty())
            fuzz::propertyFailed("a policy refused without any error");
        checkErrors(policy.error());
        return 0;
    }
    static QSet<QByteArray> compiledSections;
    const QJsonObject canonical = PolicyCanonical::toJson(policy->document());
    const QByteArray section = QJsonDocument(QJsonArray{canonical.value(QStringLiteral("detectors"))})
                                   .toJson(QJsonDocument::Compact);
    if (compiledSections.contains(section) || compiledSections.size() > 10'000)
        return 0;
    compiledSections.insert(section);
    const auto engine = PolicyEngine::compile(*policy);
    if (!engine) {
        fprintf(stderr, "%s\n", qPrintable(engine.error().toString()));
        fuzz::propertyFailed("a policy that validates does not compile");
    }
    evaluateSamples(**engine);
    return 0;
}
