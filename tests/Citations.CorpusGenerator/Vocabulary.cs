namespace Citations.CorpusGenerator;

/// <summary>The phrasing of UN speeches, press releases and NGO statements that sentences are built from.</summary>
internal static class Vocabulary
{
    public static readonly string[] Issuers =
    [
        "Brazil", "Norway", "Kenya", "the Philippines", "Chile", "Ghana", "Sweden", "Indonesia", "Mexico", "Nepal",
        "the Office of the High Commissioner for Human Rights", "Amnesty International", "Human Rights Watch",
        "the Special Rapporteur on the right to food", "the Ombudsperson", "the Committee against Torture",
        "the Secretary-General", "the European Union", "the African Union", "the International Committee of the Red Cross",
    ];

    public static readonly string[] TitleKinds =
        ["Statement", "Press release", "Address", "Remarks", "Intervention", "Joint statement", "Opening statement"];

    public static readonly string[] Sources =
        ["UN Web TV", "OHCHR", "UN Press", "ReliefWeb", "Ministry of Foreign Affairs", "ICRC", "Government Gazette"];

    public static readonly string[] Topics =
    [
        "the right to life", "freedom of expression", "the rights of the child", "sustainable development",
        "the protection of civilians in armed conflict", "gender equality and the empowerment of women",
        "the rule of law at the national and international levels", "climate change and its effects on small island States",
        "the situation of refugees and internally displaced persons", "the right to an adequate standard of living",
        "the elimination of all forms of racial discrimination", "the abolition of the death penalty",
        "nuclear disarmament and non-proliferation", "humanitarian access to the civilian population",
        "the independence of the judiciary", "the peaceful settlement of disputes", "the rights of persons with disabilities",
        "the fight against impunity", "the safety of journalists", "the right to self-determination",
        "equitable access to vaccines", "the reform of the Security Council", "the eradication of poverty in all its forms",
        "accountability for serious violations", "the freedom of peaceful assembly", "the rights of migrant workers",
        "food security and nutrition", "the protection of the marine environment", "transitional justice and reconciliation",
        "the prevention of torture", "the right to education", "the protection of cultural heritage",
    ];

    public static readonly string[] Openers =
    [
        "My delegation wishes to underline", "We reaffirm our commitment to", "The Government remains deeply concerned about",
        "Allow me to say a few words on", "We welcome the progress made on", "The international community must redouble its efforts on",
        "We are convinced that lasting peace depends on", "Mr. President, my country attaches great importance to",
        "The Special Rapporteur expressed concern about", "We cannot remain silent on", "Our national strategy places emphasis on",
        "The Committee welcomed the steps taken with regard to", "We look forward to constructive dialogue on",
        "It is our collective responsibility to advance", "The Ombudsperson received complaints concerning",
        "The Mission documented serious concerns regarding", "In this regard, we stress", "Civil society organizations highlighted",
    ];

    public static readonly string[] Continuations =
    [
        "as well as", "and its close link with", "without neglecting", "in full respect of", "which is inseparable from",
        "together with", "in the context of", "while bearing in mind", "and, more broadly,", "with particular attention to",
    ];

    public static readonly string[] CitingOpeners =
    [
        "We call on all States that have not yet done so to ratify", "Our Parliament recently approved accession to",
        "The Committee recalled the State party's obligations under", "The authorities must act in conformity with",
        "We reaffirm our commitment to the purposes and principles of", "These acts are in flagrant violation of",
        "My Government has submitted its periodic report under", "The Court found a breach of",
        "We commemorate this year the anniversary of", "All parties to the conflict must respect",
        "The draft law was reviewed for its compatibility with", "Let me recall the obligations enshrined in",
        "The petitioners relied on", "We are proud to have been among the first signatories of",
    ];

    public static readonly string[] CitingClosers =
    [
        "as the cornerstone of", "in order to strengthen", "which remains essential for", "and its provisions on",
        "with a view to ensuring", "as a basis for", "in particular with respect to", "so as to guarantee",
    ];

    public static readonly string[] ShortFormOpeners =
    [
        "The State party should bring its legislation into line with", "We recall that the obligations under",
        "Nothing in", "The Committee noted that the provisions of", "Full implementation of",
        "Our reservations to", "The travaux préparatoires of",
    ];

    public static readonly string[] Heads = ["Covenant", "Convention", "Charter", "Protocol", "Statute", "Treaty", "Declaration"];

    /// <summary>Ordinary words that look like instruments and are not: the extractor must give nothing for them.</summary>
    public static readonly string[] NearMisses =
    [
        "The annual convention of the bar association in Geneva discussed", "Diplomatic protocol was observed throughout the visit, including",
        "Under the company's charter, the board is responsible for", "The statute of limitations has expired for cases concerning",
        "We hope for a peaceful resolution of the dispute and", "A newspaper article published last week questioned",
        "The convention centre hosted a side event on", "The party's declaration of principles referred to",
        "The charter flight carrying returnees arrived, and officials spoke about", "By convention, the Chair opens the debate with",
        "The covenant between generations requires attention to", "The treaty room of the Ministry displayed documents on",
        "A protocol for the examination of detainees was drafted to address", "In article after article, the press criticised",
        "The high resolution images showed the extent of", "A social charter for the city was proposed in relation to",
    ];
}
