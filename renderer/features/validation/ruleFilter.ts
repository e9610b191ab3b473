/** What the Validasi screen hands to the families grid: only families with open findings of one rule, optionally in one region. */
export interface RuleFilter {
  ruleId: string;
  title: string;
  kecamatanCode?: string;
  desaCode?: string;
  desaName?: string;
}
