#pragma once

#include <QByteArray>
#include <QStringList>
#include <QStringView>

// How the audit pack's CSV files spell a cell: RFC 4180 quoting only where needed, and formula
// injection neutralised in text columns. Spreadsheets run a cell that starts with = + - @ (or a TAB
// or CR they strip first) as a formula, so such a text cell gets a leading apostrophe, which they
// show as text. Numeric columns are written as they are, and must hold plain numbers.
namespace custos::audit::csv {

inline constexpr QByteArrayView kBom{"\xEF\xBB\xBF"};
inline constexpr QByteArrayView kLineEnd{"\r\n"};

// True for an empty cell or a decimal number ("-12", "3.5"): what a numeric column may hold.
bool isPlainNumber(QStringView text);
// The text a text column writes: the cell with a leading ' when a spreadsheet would evaluate it.
QString neutralised(const QString &text);
// One cell, quoted when it holds a comma, quote, CR or LF (quotes doubled), in UTF-8.
void appendCell(QByteArray &line, QStringView text);

} // namespace custos::audit::csv
