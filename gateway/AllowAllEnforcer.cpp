#include "gateway/AllowAllEnforcer.h"

namespace custos {

namespace {

class PassThroughGuard : public StreamGuard
{
public:
    StreamVerdict push(const QString &text) override
    {
        StreamVerdict verdict;
        verdict.text = text;
        return verdict;
    }
    StreamVerdict finish() override { return {}; }
};

} // namespace

Enforcement AllowAllEnforcer::evaluate(const EnforcementContext &, const QJsonObject &body) const
{
    Enforcement enforcement;
    enforcement.body = body;
    enforcement.policyHash = policyHash();
    return enforcement;
}

std::unique_ptr<StreamGuard> AllowAllEnforcer::streamGuard(const EnforcementContext &) const
{
    return std::make_unique<PassThroughGuard>();
}

} // namespace custos
