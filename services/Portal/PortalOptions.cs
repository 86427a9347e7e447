namespace Frivillighed.Portal;

// Portal:Gateway is where the API is (http://gateway by service discovery); Portal:FrontendSecret proves to the
// gateway that the X-Forwarded-For of a call is the portal's word for the citizen's address; Portal:DkfdsPath is
// where the design system's compiled assets are (beside the portal, where its build copies them).
public sealed class PortalOptions
{
    public string? FrontendSecret { get; set; }

    public string? DkfdsPath { get; set; }

    // How long before its expiry an access token is replaced (Portal:RefreshMargin).
    public TimeSpan RefreshMargin { get; set; } = TimeSpan.FromMinutes(2);

    public string DkfdsFolder => DkfdsPath ?? Path.Combine(AppContext.BaseDirectory, "dkfds");
}
