#pragma once

#include <QString>

#include <optional>

namespace custos {

// The outcome of a rule. Declared in precedence order, lowest first: when several rules fire,
// the highest value wins (see PolicyEngine.h for the full precedence text).
enum class Action { Allow, Monitor, Redact, Reroute, RequireException, Block };

enum class Direction { Request, Response };
enum class PolicyMode { Enforce, Monitor };
enum class FailureMode { Closed, Open };
enum class RedactionStyle { Placeholder, Mask };
enum class RouteKind { OpenAI, Anthropic };

// The wire format of the body being evaluated; decides where text lives in it.
enum class ApiFlavor { OpenAIChat, OpenAIResponses, OpenAICompletions, OpenAIEmbeddings, AnthropicMessages };

QString actionName(Action action);
QString directionName(Direction direction);
QString policyModeName(PolicyMode mode);
QString failureModeName(FailureMode mode);
QString redactionStyleName(RedactionStyle style);
QString routeKindName(RouteKind kind);
QString apiFlavorName(ApiFlavor api);

std::optional<Action> actionFromName(QStringView name);
std::optional<Direction> directionFromName(QStringView name);
std::optional<PolicyMode> policyModeFromName(QStringView name);
std::optional<FailureMode> failureModeFromName(QStringView name);
std::optional<RedactionStyle> redactionStyleFromName(QStringView name);
std::optional<RouteKind> routeKindFromName(QStringView name);
std::optional<ApiFlavor> apiFlavorFromName(QStringView name);

} // namespace custos
