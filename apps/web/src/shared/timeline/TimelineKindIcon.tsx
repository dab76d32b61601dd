import {
  ApartmentOutlined,
  AimOutlined,
  CheckCircleOutlined,
  HistoryOutlined,
  SwapOutlined,
  DisconnectOutlined,
  EnvironmentOutlined,
  FileTextOutlined,
  ImportOutlined,
  MailOutlined,
  MergeCellsOutlined,
  PhoneOutlined,
  PlusCircleOutlined,
  RiseOutlined,
  TeamOutlined,
  UndoOutlined,
  UserSwitchOutlined,
} from '@ant-design/icons';
import { createElement, type ComponentType } from 'react';
import type { TimelineEventKind } from './timeline-types';

const ICONS: Record<TimelineEventKind, ComponentType> = {
  call: PhoneOutlined,
  email: MailOutlined,
  meeting: TeamOutlined,
  visit: EnvironmentOutlined,
  note: FileTextOutlined,
  created: PlusCircleOutlined,
  'owner-changed': UserSwitchOutlined,
  'tier-changed': RiseOutlined,
  merged: MergeCellsOutlined,
  imported: ImportOutlined,
  restored: UndoOutlined,
  'relationship-added': ApartmentOutlined,
  'relationship-changed': ApartmentOutlined,
  'relationship-removed': DisconnectOutlined,
  assigned: AimOutlined,
  'status-changed': SwapOutlined,
  converted: CheckCircleOutlined,
  'lead-history': HistoryOutlined,
};

/** Interactions in the brand colours, system events in grey. */
export const TIMELINE_KIND_COLORS: Record<TimelineEventKind, string> = {
  call: '#1f5eff',
  email: '#13a8a8',
  meeting: '#722ed1',
  visit: '#fa8c16',
  note: '#595959',
  created: '#8c8c8c',
  'owner-changed': '#8c8c8c',
  'tier-changed': '#8c8c8c',
  merged: '#8c8c8c',
  imported: '#8c8c8c',
  restored: '#8c8c8c',
  'relationship-added': '#8c8c8c',
  'relationship-changed': '#8c8c8c',
  'relationship-removed': '#8c8c8c',
  assigned: '#8c8c8c',
  'status-changed': '#8c8c8c',
  converted: '#52c41a',
  'lead-history': '#8c8c8c',
};

export function TimelineKindIcon({ kind }: { kind: TimelineEventKind }) {
  return createElement(ICONS[kind]);
}
