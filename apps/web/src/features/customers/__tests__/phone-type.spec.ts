import { preselectedPhoneType } from '../phone-type';

describe('the phone type pre-selected from the number', () => {
  it('a mobile number is mobile, a landline work, even where the form offered the other', () => {
    expect(preselectedPhoneType('138 0013 8000', 'work', false)).toBe('mobile');
    expect(preselectedPhoneType('+86 166-1234-5678', undefined, false)).toBe('mobile');
    expect(preselectedPhoneType('021-5555 0100', 'mobile', false)).toBe('work');
    expect(preselectedPhoneType('(0755) 1234 5678', 'work', false)).toBe('work');
  });

  it('keeps the type while the number is unfinished', () => {
    expect(preselectedPhoneType('138', 'work', false)).toBe('work');
    expect(preselectedPhoneType('', 'mobile', false)).toBe('mobile');
  });

  it('keeps a type the user picked, and home, fax or other', () => {
    expect(preselectedPhoneType('138 0013 8000', 'work', true)).toBe('work');
    expect(preselectedPhoneType('138 0013 8000', 'home', false)).toBe('home');
    expect(preselectedPhoneType('021-5555 0100', 'fax', false)).toBe('fax');
  });
});
