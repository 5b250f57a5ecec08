namespace EarlyHelp.Host.Calendar;

/// <summary>A working-day calendar as imported: its version, the bank holidays and closure days it holds, and whether it is in use.</summary>
internal sealed class CalendarRow
{
    public string Version { get; set; } = "";
    public string BankHolidays { get; set; } = "";
    public string ClosureDays { get; set; } = "";
    public bool IsCurrent { get; set; }
    public DateTime ImportedAt { get; set; }
    public string Source { get; set; } = "";
}
