// The policy YAML loader and validator on hostile YAML. Properties: the loader never throws and
// never crashes; every error it reports has a message; a policy that loads and validates also
// compiles into an engine, and that engine evaluates a request and a response.

#include "core/policy/PolicyEngine.h"
#include "core/policy/PolicyParser.h"
#include "core/policy/PolicyValidator.h"
#include "tests/fuzz/FuzzInput.h"

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
    const PolicyParser::Outcome parsed = PolicyParser::parse(yaml, QStringLiteral("fuzz.yaml"));
    checkErrors(parsed.errors);
    if (parsed.loaded)
        checkErrors(PolicyValidator::validate(parsed.document));

    const auto policy = Policy::fromYaml(yaml, QStringLiteral("fuzz.yaml"));
    if (!policy) {
        if (policy.error().empty())
            fuzz::propertyFailed("a policy refused without any error");
        checkErrors(policy.error());
        return 0;
    }
    const auto engine = PolicyEngine::compile(*policy);
    if (!engine) {
        fprintf(stderr, "%s\n", qPrintable(engine.error().toString()));
        fuzz::propertyFailed("a policy that validates does not compile");
    }
    evaluateSamples(**engine);
    return 0;
}
