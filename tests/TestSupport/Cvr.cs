namespace Frivillighed.TestSupport;

public static class Cvr
{
    // A fresh valid CVR number: seven random digits and the check digit that makes the weighted sum divisible by 11.
    public static string New()
    {
        int[] weights = [2, 7, 6, 5, 4, 3, 2];
        while (true)
        {
            var digits = Random.Shared.Next(1_000_000, 10_000_000).ToString();
            var remainder = digits.Select((d, i) => (d - '0') * weights[i]).Sum() % 11;
            var check = (11 - remainder) % 11;
            if (check < 10)
            {
                return digits + check;
            }
        }
    }
}
