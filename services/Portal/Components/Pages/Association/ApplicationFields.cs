using Frivillighed.Portal.Clients.Grants;
using Frivillighed.Portal.Text;

namespace Frivillighed.Portal.Components.Pages.Association;

// A grant application's fields as typed on its steps. Each step sends only its own fields; the rest come from
// the saved draft, so a step never overwrites what another step saved.
public sealed class ApplicationFields
{
    public int Step { get; set; } = 1;
    public string? Action { get; set; }
    public string? Title { get; set; }
    public string? Description { get; set; }
    public string? PeriodStart { get; set; }
    public string? PeriodEnd { get; set; }
    public string? TargetGroup { get; set; }
    public string? Volunteers { get; set; }
    public string? RequestedAmount { get; set; }
    public string? CoFinancing { get; set; }
    public List<string?> LineKind { get; set; } = [];
    public List<string?> LineText { get; set; } = [];
    public List<string?> LineAmount { get; set; } = [];
    public List<string?> Criterion { get; set; } = [];
    public List<string?> Answer { get; set; } = [];

    public static ApplicationFields From(ApplicationResponse a) => new()
    {
        Title = a.Title, Description = a.Description, PeriodStart = a.PeriodStart?.ToString("yyyy-MM-dd"), PeriodEnd = a.PeriodEnd?.ToString("yyyy-MM-dd"),
        TargetGroup = a.TargetGroup, Volunteers = a.Volunteers?.ToString(),
        RequestedAmount = a.RequestedAmount > 0 ? Danish.MoneyInput(a.RequestedAmount) : null, CoFinancing = a.CoFinancing is { } c ? Danish.MoneyInput(c) : null,
        LineKind = [.. a.BudgetLines.Select(l => (string?)l.Kind.ToString())], LineText = [.. a.BudgetLines.Select(l => (string?)l.Description)],
        LineAmount = [.. a.BudgetLines.Select(l => (string?)Danish.MoneyInput(l.Amount))],
        Criterion = [.. a.Answers.Select(x => (string?)x.Criterion)], Answer = [.. a.Answers.Select(x => (string?)x.Answer)],
    };

    public (ApplicationRequest Request, List<(string FieldId, string Message)> Unreadable) ToRequest(ApplicationResponse saved, int step)
    {
        var errors = new List<(string, string)>();
        var request = new ApplicationRequest
        {
            Title = saved.Title, Description = saved.Description, PeriodStart = saved.PeriodStart, PeriodEnd = saved.PeriodEnd, TargetGroup = saved.TargetGroup,
            Volunteers = saved.Volunteers, RequestedAmount = saved.RequestedAmount, CoFinancing = saved.CoFinancing,
            BudgetLines = [.. saved.BudgetLines.Select(l => new BudgetLineRequest { Kind = l.Kind, Description = l.Description, Amount = l.Amount })],
            Answers = [.. saved.Answers.Select(x => new AnswerRequest { Criterion = x.Criterion, Answer = x.Answer })],
        };
        if (step == 1)
        {
            (request.Title, request.Description, request.TargetGroup) = (Title?.Trim(), Description?.Trim(), Blank(TargetGroup));
            request.PeriodStart = Date(PeriodStart, "start", "Skriv startdatoen som dag-måned-år, fx 1-5-2027.", errors);
            request.PeriodEnd = Date(PeriodEnd, "slut", "Skriv slutdatoen som dag-måned-år, fx 31-8-2027.", errors);
            request.Volunteers = Blank(Volunteers) is null ? null : int.TryParse(Volunteers, out var v) ? v : Fail<int?>(errors, "frivillige", "Skriv antal frivillige som et helt tal, fx 12.");
        }
        else if (step == 2)
        {
            request.RequestedAmount = Blank(RequestedAmount) is null ? 0 : Money(RequestedAmount, "beloeb", errors);
            request.CoFinancing = Blank(CoFinancing) is null ? null : Money(CoFinancing, "medfinansiering", errors);
            request.BudgetLines = [];
            for (var i = 0; i < Math.Max(LineKind.Count, Math.Max(LineText.Count, LineAmount.Count)); i++)
            {
                var (kind, text, amount) = (LineKind.ElementAtOrDefault(i), LineText.ElementAtOrDefault(i), LineAmount.ElementAtOrDefault(i));
                if (Blank(kind) is null && Blank(text) is null && Blank(amount) is null)
                {
                    continue;
                }

                request.BudgetLines.Add(new BudgetLineRequest
                {
                    Kind = Enum.TryParse<BudgetLineKind>(kind, out var k) ? k : null, Description = text?.Trim(), Amount = (double)(Money(amount, "budget", errors) ?? 0),
                });
            }
        }
        else if (step == 3)
        {
            request.Answers = [.. Criterion.Select((c, i) => new AnswerRequest { Criterion = c, Answer = Answer.ElementAtOrDefault(i)?.Trim() ?? "" })
                .Where(a => !string.IsNullOrEmpty(a.Criterion) && a.Answer!.Length > 0)];
        }

        return (request, errors);
    }

    private static DateOnly? Date(string? text, string field, string message, List<(string, string)> errors) =>
        Blank(text) is null ? null : Danish.ParseDate(text) ?? Fail<DateOnly?>(errors, field, message);

    private static double? Money(string? text, string field, List<(string, string)> errors) =>
        Danish.ParseMoney(text) is { } amount ? (double)amount : Fail<double?>(errors, field, "Skriv beløbet i kroner, fx 12.500 eller 12500,50.");

    private static T? Fail<T>(List<(string, string)> errors, string field, string message)
    {
        if (errors.All(e => e.Item1 != field))
        {
            errors.Add((field, message));
        }

        return default;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
