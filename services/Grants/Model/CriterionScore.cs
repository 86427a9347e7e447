namespace Frivillighed.Grants.Model;

public sealed class CriterionScore
{
    public required string Criterion { get; set; }
    public int Score { get; set; }
    public string Comment { get; set; } = "";
}
