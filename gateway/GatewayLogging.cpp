#include "gateway/GatewayLogging.h"

Q_LOGGING_CATEGORY(lcGateway, "custos.gateway", QtWarningMsg)
