import { Fragment, useState } from 'react';
import type { ValidationSummary } from '../../../core/contract';
import { formatNumber, t } from '../../i18n';
import type { RegionScope } from './RegionsTable';
import { SeverityBadge } from './SeverityBadge';

type RuleRow = ValidationSummary['rules'][number];

interface Props {
  rules: RuleRow[];
  scope: RegionScope;
  onOpen: (ruleId: string, title: string) => void;
}

/** Every rule of the catalogue by group, with its open counts; a rule with findings opens its families. */
export function RulesTable({ rules, scope, onOpen }: Props) {
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const groups = [...new Set(rules.map((rule) => rule.group))];
  const toggle = (id: string) =>
    setExpanded((open) => {
      const next = new Set(open);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const count = (value: number, kind: string) => <td className={`num count-${kind}`}>{value === 0 ? <span className="zero">0</span> : formatNumber(value)}</td>;

  return (
    <section className="card rules-card" aria-label={t('val.rules.title')}>
      <h2>
        {t('val.rules.title')}
        {scope.desaName && <span className="scope-note">{t('val.rules.forDesa', { desa: scope.desaName })}</span>}
      </h2>
      <table className="data-table rules-table">
        <thead>
          <tr>
            <th className="expander" aria-label={t('val.rules.details')} />
            <th>{t('val.rules.severity')}</th>
            <th>{t('val.rules.rule')}</th>
            <th className="num">{t('val.rules.errors')}</th>
            <th className="num">{t('val.rules.warnings')}</th>
            <th className="num">{t('val.rules.acknowledged')}</th>
          </tr>
        </thead>
        {groups.map((group) => (
          <tbody key={group}>
            <tr className="group-row">
              <th colSpan={6}>{group}</th>
            </tr>
            {rules
              .filter((rule) => rule.group === group)
              .map((rule) => {
                const open = rule.errors + rule.warnings > 0;
                const isExpanded = expanded.has(rule.id);
                return (
                  <Fragment key={rule.id}>
                    <tr data-rule={rule.id} className={open ? 'rule-open' : 'rule-clean'}>
                      <td className="expander">
                        <button type="button" className="text-button" aria-expanded={isExpanded} aria-label={t('val.rules.details')} onClick={() => toggle(rule.id)}>
                          {isExpanded ? '▾' : '▸'}
                        </button>
                      </td>
                      <td>
                        <SeverityBadge severity={rule.severity} />
                      </td>
                      <td className="rule-title">
                        {open ? (
                          <button type="button" className="rule-link" title={t('val.rules.show')} onClick={() => onOpen(rule.id, rule.title)}>
                            {rule.title}
                          </button>
                        ) : (
                          rule.title
                        )}
                      </td>
                      {count(rule.errors, 'errors')}
                      {count(rule.warnings, 'warnings')}
                      {count(rule.acknowledged, 'ack')}
                    </tr>
                    {isExpanded && (
                      <tr className="rule-details">
                        <td />
                        <td colSpan={5}>
                          <p>{t('val.rules.explanation', { text: rule.explanation })}</p>
                          <p>{t('val.rules.hint', { text: rule.hint })}</p>
                        </td>
                      </tr>
                    )}
                  </Fragment>
                );
              })}
          </tbody>
        ))}
      </table>
    </section>
  );
}
