#pragma once

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

namespace custos::ctl {

// Exit codes shared by every command, so scripts and CI can tell failures apart.
enum ExitCode : int {
    ExitOk = 0,
    ExitFailure = 1, // the command ran and found a problem (invalid policy, broken chain, ...)
    ExitUsage = 2,   // the command line itself is wrong
    ExitIoError = 3, // a file or store could not be read or written
};

QTextStream &out();
QTextStream &err();

} // namespace custos::ctl
