#include "ui/report/ReportLogging.h"

Q_LOGGING_CATEGORY(lcReport, "custos.report", QtWarningMsg)
