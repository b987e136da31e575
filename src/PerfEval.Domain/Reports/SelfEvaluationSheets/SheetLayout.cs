namespace PerfEval.Domain.Reports.SelfEvaluationSheets;

/// <summary>Where a sheet's printed labels are: found by their text (whitespace removed), never by fixed positions.</summary>
internal sealed class SheetLayout
{
    private static readonly string[] Located =
    [
        SheetLabels.ProjectName, SheetLabels.ProjectNameShort, SheetLabels.SupervisingDepartment, SheetLabels.ImplementingUnit,
        SheetLabels.InitialBudget, SheetLabels.OverallGoal, SheetLabels.GoalPlanned, SheetLabels.GoalActual, SheetLabels.Indicators,
        SheetLabels.Level1, SheetLabels.Total,
    ];

    private readonly Dictionary<string, List<CellAddress>> _labels = [];

    public CellAddress? FundsLabel { get; private set; }
    public string FundsUnit { get; private set; } = MoneyUnits.TenThousandYuan;

    /// <summary>The first row holding any label; a title sits above it.</summary>
    public int FirstLabelRow { get; private set; } = int.MaxValue;

    public CellAddress? BudgetHeader => First(SheetLabels.InitialBudget);
    public CellAddress? IndicatorHeader => First(SheetLabels.Level1);

    public bool IsSelfEvaluationSheet => BudgetHeader is not null || IndicatorHeader is not null;

    public static SheetLayout Locate(SheetView view)
    {
        var layout = new SheetLayout();
        foreach (var (address, cell) in view.OwnCells())
        {
            if (cell.Text is null) continue;
            var label = SheetLabels.Header(cell.Text);
            if (Located.Contains(label))
            {
                if (!layout._labels.TryGetValue(label, out var list)) layout._labels[label] = list = [];
                list.Add(address);
            }
            else if (layout.FundsLabel is null && SheetLabels.FundsUnit(cell.Text) is { } unit)
            {
                layout.FundsLabel = address;
                layout.FundsUnit = unit;
            }
            else if (!SheetLabels.All.Contains(label))
            {
                continue;
            }
            layout.FirstLabelRow = Math.Min(layout.FirstLabelRow, address.Row);
        }
        return layout;
    }

    public CellAddress? First(string label) => _labels.TryGetValue(label, out var list) ? list[0] : null;

    /// <summary>The first of these labels on a row after <paramref name="row"/>: where the block starting at that row ends.</summary>
    public int NextRowWithAny(int row, int fallback, params string[] labels)
    {
        var next = fallback;
        foreach (var label in labels)
            if (_labels.TryGetValue(label, out var list))
                foreach (var address in list)
                    if (address.Row > row && address.Row < next) next = address.Row;
        return next;
    }

    /// <summary>Header labels of one row (aliases resolved) and the column of each, first occurrence winning.</summary>
    public static Dictionary<string, int> HeaderColumns(SheetView view, int row, IReadOnlyCollection<string> labels)
    {
        var columns = new Dictionary<string, int>();
        for (var column = 1; column <= view.MaxColumn; column++)
            if (view.Own(row, column) is { Text: { } text } && SheetLabels.Header(text) is var label && labels.Contains(label))
                columns.TryAdd(label, column);
        return columns;
    }

    /// <summary>The last row a header row covers (its cells may be merged over two rows).</summary>
    public static int HeaderEnd(SheetView view, int row, IEnumerable<int> columns) =>
        columns.Select(c => view.MergeAt(row, c)?.Last.Row ?? row).DefaultIfEmpty(row).Max();

    /// <summary>The first cell right of a label that has content and is not itself a label (主管部门 | 衡山县人民政府 | 实施单位 | …).</summary>
    public static (CellAddress Address, SheetCell Cell)? ValueRightOf(SheetView view, CellAddress label)
    {
        var start = (view.MergeAt(label.Row, label.Column)?.Last.Column ?? label.Column) + 1;
        for (var column = start; column <= view.MaxColumn; column++)
        {
            if (view.Own(label.Row, column) is not { } cell) continue;
            if (cell.Text is { } text && SheetLabels.All.Contains(SheetLabels.Header(text))) return null;
            return (new CellAddress(label.Row, column), cell);
        }
        return null;
    }
}
