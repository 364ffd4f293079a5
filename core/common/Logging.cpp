#include "core/common/Logging.h"

Q_LOGGING_CATEGORY(lcPolicy, "custos.policy", QtWarningMsg)
Q_LOGGING_CATEGORY(lcEvidence, "custos.evidence", QtWarningMsg)
Q_LOGGING_CATEGORY(lcIdentity, "custos.identity", QtWarningMsg)
Q_LOGGING_CATEGORY(lcExceptions, "custos.exceptions", QtWarningMsg)
Q_LOGGING_CATEGORY(lcAudit, "custos.audit", QtWarningMsg)
Q_LOGGING_CATEGORY(lcWatch, "custos.watch", QtWarningMsg)
