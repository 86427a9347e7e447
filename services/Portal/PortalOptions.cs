namespace Frivillighed.Portal;

// Portal:Gateway is where the API is (http://gateway by service discovery); Portal:FrontendSecret proves to the
// gateway that the X-Forwarded-For of a call is the portal's word for the citizen's address.
public sealed class PortalOptions
{
    public string? FrontendSecret { get; set; }
}
