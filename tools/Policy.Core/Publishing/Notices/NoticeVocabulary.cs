namespace Policy.Core.Publishing.Notices;

/// <summary>The headings and labels of a rendered notice, in the languages the tool writes (French and English).</summary>
public sealed class NoticeVocabulary
{
    public static IReadOnlyList<string> Languages { get; } = ["fr", "en"];

    private static readonly Dictionary<string, (string Fr, string En)> Words = new(StringComparer.Ordinal)
    {
        ["aiUse"] = ("L'intelligence artificielle dans vos soins", "Artificial intelligence in your care"),
        ["directInteraction"] = ("Vous échangez avec une IA", "You are interacting with an AI"),
        ["responsible"] = ("Qui est responsable", "Who is responsible"),
        ["purposesAndBases"] = ("Pourquoi et sur quelle base", "Purposes and legal basis"),
        ["data"] = ("Quelles données", "What data"),
        ["recipients"] = ("Qui reçoit vos données", "Who receives your data"),
        ["transfers"] = ("Transferts hors d'Europe", "Transfers outside Europe"),
        ["retention"] = ("Combien de temps", "How long data is kept"),
        ["secondaryUse"] = ("Réutilisation de vos données", "Reuse of your data"),
        ["automatedDecision"] = ("Décision automatisée", "Automated decision"),
        ["explanationRight"] = ("Droit à une explication", "Right to an explanation"),
        ["rights"] = ("Vos droits", "Your rights"),
        ["complaint"] = ("Réclamation", "Complaint"),
        ["contact"] = ("Contact", "Contact"),
        ["controller"] = ("Responsable du traitement", "Controller"),
        ["dpo"] = ("Délégué à la protection des données", "Data protection officer"),
        ["system"] = ("Système d'IA", "AI system"),
        ["vendor"] = ("fourni par", "supplied by"),
        ["destination"] = ("Destination", "Destination"),
        ["hostedIn"] = ("hébergé en", "hosted in"),
        ["certification"] = ("certification", "certification"),
        ["reuseDescription"] = ("Quelle réutilisation", "What reuse"),
        ["object"] = ("Votre droit d'opposition", "Your right to object"),
        ["howTo"] = ("Comment vous opposer", "How to object"),
        ["reusePurposes"] = ("Finalités de réutilisation déclarées", "Declared reuse purposes"),
        ["questions"] = ("Pour toute question", "For any question"),
        ["notApproved"] = ("Projet : cette notice n'est pas approuvée.", "Draft: this notice is not approved."),
    };

    private static readonly Dictionary<string, (string Fr, string En)> Categories = new(StringComparer.Ordinal)
    {
        ["health.record"] = ("données de santé", "health data"),
        ["health.diagnosis"] = ("diagnostics", "diagnoses"),
        ["health.observation"] = ("mesures et examens (ECG, constantes)", "measurements and tests (ECG, vital signs)"),
        ["health.imaging"] = ("imagerie médicale", "medical imaging"),
        ["health.medication"] = ("médicaments", "medication"),
        ["health.laboratory"] = ("résultats de laboratoire", "laboratory results"),
        ["health.report"] = ("comptes rendus", "reports"),
        ["health.audio"] = ("enregistrements audio", "audio recordings"),
        ["health.freetext"] = ("notes cliniques", "clinical notes"),
        ["health.genetic"] = ("données génétiques", "genetic data"),
        ["health.biometric"] = ("données biométriques", "biometric data"),
        ["identity.direct"] = ("identité (nom, date de naissance, numéro de dossier)", "identity (name, date of birth, record number)"),
        ["identity.nir"] = ("numéro de sécurité sociale (NIR/INS)", "social security number (NIR/INS)"),
        ["identity.pseudonymous"] = ("identifiant pseudonyme", "pseudonymous identifier"),
        ["anonymous"] = ("données anonymes", "anonymous data"),
    };

    private readonly bool french;

    public NoticeVocabulary(string lang) => french = lang.StartsWith("fr", StringComparison.OrdinalIgnoreCase);

    public string this[string key] => Words.TryGetValue(key, out var word) ? (french ? word.Fr : word.En) : key;

    public string Category(string key) => Categories.TryGetValue(key, out var word) ? (french ? word.Fr : word.En) : key;
}
