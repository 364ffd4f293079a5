#pragma once

#include "Command.h"

#include <memory>

namespace custos::ctl::watch {

// `custosctl watch drift [--week-ending DATE] [--dry-run]` (WatchDriftCommand.cpp).
std::unique_ptr<Command> makeWatchDriftCommand();

} // namespace custos::ctl::watch
