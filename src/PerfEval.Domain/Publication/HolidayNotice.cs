namespace PerfEval.Domain.Publication;

/// <summary>
/// One 国务院办公厅 notice on the holiday arrangements of a year (关于XXXX年部分节假日安排的通知): its title, its
/// document number where verified (国办发明电〔…〕…号), the day it was issued, and the dates it names.
/// </summary>
public sealed record HolidayNotice(int Year, string Title, string? DocumentNumber, DateOnly IssuedOn, IReadOnlyList<CalendarDay> Days);
