#pragma once

#include "core/audit/AuditDataset.h"

// The ten CSV files of an audit pack: their names, descriptions and column dictionaries. The
// meanings are what README.txt, the PDF's column dictionary and the project README show, so an
// auditor reads every column's definition next to the data.
namespace custos::audit::AuditTables {

inline constexpr int kTableCount = 10;

CsvTable interactions();
CsvTable ruleHits();
CsvTable policyVersions();
CsvTable exceptions();
CsvTable exceptionEvents();
CsvTable chain();
CsvTable checkpoints();
CsvTable principals();
CsvTable gaps();
CsvTable retention();

// Every table, in the order the collector streams them.
QList<CsvTable> all();

} // namespace custos::audit::AuditTables
