import type { Attribute, AttributeType, AttributeValue } from '../../shared/entities.js';
import { sameName } from '../../shared/names.js';
import { AppError } from '../errors.js';
import { recordStep } from '../db/history.js';
import * as attributes from '../db/repos/attributes.js';
import { notFound, type ServiceContext } from './context.js';
import { requireCase } from './cases.js';

export function listAttributes({ store }: ServiceContext): Attribute[] {
  return attributes.listAttributes(store);
}

export function createAttribute(ctx: ServiceContext, name: string, type: AttributeType, choices: string[]): Attribute {
  const { store } = ctx;
  if (attributes.listAttributes(store).some((a) => sameName(a.name, name))) {
    throw new AppError('attributeExists', `An attribute named ${name} exists`, { name });
  }
  if (type === 'choice' && choices.length === 0) {
    throw new AppError('choicesRequired', 'A choice attribute needs at least one choice');
  }
  return recordStep(store, 'attributes.create', () =>
    attributes.insertAttribute(store, name, type, type === 'choice' ? choices : []),
  );
}

export function setAttributeValue(ctx: ServiceContext, caseId: number, attributeId: number, value: AttributeValue | null): void {
  requireCase(ctx, caseId);
  const attribute = attributes.getAttribute(ctx.store, attributeId);
  if (!attribute) throw notFound('attribute', attributeId);
  const stored = value === null || value === '' ? null : encodeAttributeValue(attribute, value);
  recordStep(ctx.store, 'attributes.setValue', () => attributes.setAttributeValue(ctx.store, caseId, attributeId, stored));
}

/** Checks a value against its attribute's type and returns its stored text. */
export function encodeAttributeValue(attribute: Attribute, value: AttributeValue): string {
  const invalid = () =>
    new AppError('invalidAttributeValue', `${String(value)} is not a valid ${attribute.type} for ${attribute.name}`, {
      value: String(value), type: attribute.type, attribute: attribute.name,
    });
  switch (attribute.type) {
    case 'text':
      if (typeof value !== 'string') throw invalid();
      return value;
    case 'number': {
      const n = typeof value === 'number' ? value : Number(String(value).replace(',', '.'));
      if (typeof value === 'boolean' || !Number.isFinite(n)) throw invalid();
      return String(n);
    }
    case 'date':
      if (typeof value !== 'string' || !isIsoDate(value)) throw invalid();
      return value;
    case 'boolean':
      if (typeof value !== 'boolean') throw invalid();
      return String(value);
    case 'choice':
      if (typeof value !== 'string' || !attribute.choices.includes(value)) throw invalid();
      return value;
  }
}

function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}
