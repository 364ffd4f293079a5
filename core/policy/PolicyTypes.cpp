#include "core/policy/PolicyTypes.h"

#include <array>
#include <utility>

namespace custos {
namespace {

template <typename Enum, std::size_t N>
QString nameOf(const std::array<std::pair<Enum, const char16_t *>, N> &names, Enum value)
{
    for (const auto &[candidate, name] : names) {
        if (candidate == value)
            return QString::fromUtf16(name);
    }
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char16_t *>, N> &names, QStringView text)
{
    for (const auto &[value, name] : names) {
        if (text == QStringView(name))
            return value;
    }
    return std::nullopt;
}

constexpr std::array<std::pair<Action, const char16_t *>, 6> actionNames{{
    {Action::Allow, u"allow"},
    {Action::Monitor, u"monitor"},
    {Action::Redact, u"redact"},
    {Action::Reroute, u"reroute"},
    {Action::RequireException, u"require_exception"},
    {Action::Block, u"block"},
}};
constexpr std::array<std::pair<Direction, const char16_t *>, 2> directionNames{{
    {Direction::Request, u"request"},
    {Direction::Response, u"response"},
}};
constexpr std::array<std::pair<PolicyMode, const char16_t *>, 2> modeNames{{
    {PolicyMode::Enforce, u"enforce"},
    {PolicyMode::Monitor, u"monitor"},
}};
constexpr std::array<std::pair<FailureMode, const char16_t *>, 2> failureNames{{
    {FailureMode::Closed, u"closed"},
    {FailureMode::Open, u"open"},
}};
constexpr std::array<std::pair<RedactionStyle, const char16_t *>, 2> styleNames{{
    {RedactionStyle::Placeholder, u"placeholder"},
    {RedactionStyle::Mask, u"mask"},
}};
constexpr std::array<std::pair<RouteKind, const char16_t *>, 2> kindNames{{
    {RouteKind::OpenAI, u"openai"},
    {RouteKind::Anthropic, u"anthropic"},
}};
constexpr std::array<std::pair<ApiFlavor, const char16_t *>, 5> flavorNames{{
    {ApiFlavor::OpenAIChat, u"openai_chat"},
    {ApiFlavor::OpenAIResponses, u"openai_responses"},
    {ApiFlavor::OpenAICompletions, u"openai_completions"},
    {ApiFlavor::OpenAIEmbeddings, u"openai_embeddings"},
    {ApiFlavor::AnthropicMessages, u"anthropic_messages"},
}};

} // namespace

QString actionName(Action action)
{
    return nameOf(actionNames, action);
}
QString directionName(Direction direction)
{
    return nameOf(directionNames, direction);
}
QString policyModeName(PolicyMode mode)
{
    return nameOf(modeNames, mode);
}
QString failureModeName(FailureMode mode)
{
    return nameOf(failureNames, mode);
}
QString redactionStyleName(RedactionStyle style)
{
    return nameOf(styleNames, style);
}
QString routeKindName(RouteKind kind)
{
    return nameOf(kindNames, kind);
}
QString apiFlavorName(ApiFlavor api)
{
    return nameOf(flavorNames, api);
}

std::optional<Action> actionFromName(QStringView name)
{
    return valueOf(actionNames, name);
}
std::optional<Direction> directionFromName(QStringView name)
{
    return valueOf(directionNames, name);
}
std::optional<PolicyMode> policyModeFromName(QStringView name)
{
    return valueOf(modeNames, name);
}
std::optional<FailureMode> failureModeFromName(QStringView name)
{
    return valueOf(failureNames, name);
}
std::optional<RedactionStyle> redactionStyleFromName(QStringView name)
{
    return valueOf(styleNames, name);
}
std::optional<RouteKind> routeKindFromName(QStringView name)
{
    return valueOf(kindNames, name);
}
std::optional<ApiFlavor> apiFlavorFromName(QStringView name)
{
    return valueOf(flavorNames, name);
}

} // namespace custos
